import {
  AdminContext,
  AdminUI,
  CustomRoutes,
  localStorageStore,
  reactRouterProvider,
  Resource,
} from 'react-admin';
import { dataProvider } from './api/dataProvider';
import auditEvents from './audit-events';
import { ACCESSIBILITY_PATH } from './auth/accessibilityPath';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { Loadable, lazyPage } from './common/lazyPage';
import { withSpreadsheetSafeExports } from './common/spreadsheetSafeExport';
import focusAreas from './focus-areas';
import { i18nProvider } from './i18n';
import initiatives from './initiatives';
import { Landing } from './layout/Landing';
import { Layout } from './layout/Layout';
import { ReactAdminShell } from './layout/ReactAdminShell';
import { darkTheme, lightTheme } from './layout/theme';
import milestones from './milestones';
import organisations from './organisations';
import people from './people';
import reminderDeliveries from './reminder-deliveries';
import reminderRules from './reminder-rules';
import reportingRounds, { roundOutcomes } from './reporting-rounds';
import statusReports from './status-reports';
import strategies from './strategies';
import targets from './targets';

const { Route } = reactRouterProvider;

// Pages besides the resources', each a chunk of its own that loads when it is shown.
const ChangePasswordPage = lazyPage(
  () => import('./auth/ChangePasswordPage'),
  'ChangePasswordPage',
);
const LinkSignInPage = lazyPage(() => import('./auth/LinkSignInPage'), 'LinkSignInPage');
const SetPasswordPage = lazyPage(() => import('./auth/SetPasswordPage'), 'SetPasswordPage');
const UnsubscribePage = lazyPage(() => import('./auth/UnsubscribePage'), 'UnsubscribePage');
const AccessibilityPage = lazyPage(() => import('./auth/AccessibilityPage'), 'AccessibilityPage');
const RunRemindersPage = lazyPage(() => import('./reminders/RunRemindersPage'), 'RunRemindersPage');
const ImportPage = lazyPage(() => import('./workbooks/ImportPage'), 'ImportPage');
const NotificationSettingsPage = lazyPage(
  () => import('./settings/NotificationSettingsPage'),
  'NotificationSettingsPage',
);
const TimelinePage = lazyPage(() => import('./timeline/TimelinePage'), 'TimelinePage');
const RegionsPage = lazyPage(() => import('./regions/RegionsPage'), 'RegionsPage');
const RoundReportPage = lazyPage(
  () => import('./reporting-rounds/report/RoundReportPage'),
  'RoundReportPage',
);
const OwnerReportPage = lazyPage(
  () => import('./reporting-rounds/owner-report/OwnerReportPage'),
  'OwnerReportPage',
);
const RoundFiguresPage = lazyPage(
  () => import('./reporting-rounds/RoundFiguresPage'),
  'RoundFiguresPage',
);
// The start pages (`Landing`), lazy too: the sign-in page does not need them. They are
// fetched as soon as the app's code runs (boot.tsx loads that while someone types on the
// sign-in page).
const Dashboard = lazyPage(() => import('./dashboard'), 'DashboardPage');
const MyWorkPage = lazyPage(() => import('./my-work/MyWorkPage'), 'MyWorkPage');
for (const page of [Dashboard, MyWorkPage]) void page.preload().catch(() => undefined);

// What <Admin> would use: the person's choices (language, theme, menu, list settings) kept
// in the browser, where the pages drawn before the app read them too (boot/storedLanguage.ts).
const store = localStorageStore();

// The themes with every list's CSV export made safe for spreadsheets.
const appLightTheme = withSpreadsheetSafeExports(lightTheme);
const appDarkTheme = withSpreadsheetSafeExports(darkTheme);

/**
 * Only composition: each resource's views live in its own folder. react-admin's `<Admin>`
 * in its two halves, so that the shell its pages share with the owner's frame
 * (shell/shell.ts) stands between them. `/` leads on to the
 * person's start page (`Landing`): My work for an owner, the dashboard for the others.
 * `requireAuth`: nothing
 * but the public pages (sign-in, choosing a first password, the links in reminder e-mails,
 * the accessibility statement)
 * shows before the session is confirmed. Menu items, buttons and routes follow
 * `authProvider.canAccess`. The menu lists resources in this order; the delivery log comes
 * last, next to running the reminders. A reporting round's report, an owner's report
 * form and a data owner's figures are pages of their own under the round's path.
 */
export const App = () => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    lightTheme={appLightTheme}
    darkTheme={appDarkTheme}
    store={store}
  >
    <ReactAdminShell>
      <AdminUI
        title="Pejling"
        dashboard={Landing}
        layout={Layout}
        loginPage={LoginPage}
        requireAuth
        disableTelemetry
      >
        <Resource name="initiatives" {...initiatives} />
        <Resource name="milestones" {...milestones} />
        <Resource name="reporting-rounds" {...reportingRounds} />
        <Resource name="status-reports" {...statusReports} />
        <Resource name="round-outcomes" {...roundOutcomes} />
        <Resource name="focus-areas" {...focusAreas} />
        <Resource name="targets" {...targets} />
        <Resource name="organisations" {...organisations} />
        <Resource name="people" {...people} />
        <Resource name="strategies" {...strategies} />
        <Resource name="audit-events" {...auditEvents} />
        <Resource name="reminder-rules" {...reminderRules} />
        <Resource name="reminder-deliveries" {...reminderDeliveries} />
        <CustomRoutes>
          <Route path="/dashboard" element={<Dashboard />} />
          <Route path="/change-password" element={<ChangePasswordPage />} />
          <Route path="/settings/notifications" element={<NotificationSettingsPage />} />
          <Route path="/reminders/run" element={<RunRemindersPage />} />
          {/* Importing a plan from a workbook; `?strategyId=` chooses the strategy it updates. */}
          <Route path="/imports" element={<ImportPage />} />
          <Route path="/timeline" element={<TimelinePage />} />
          <Route path="/regions" element={<RegionsPage />} />
          {/* Where the sign-in links in a milestone's reminders lead (`?milestone=<id>`). */}
          <Route path="/my-work" element={<MyWorkPage />} />
          <Route path="/reporting-rounds/:id/report" element={<RoundReportPage />} />
          {/* The path of the sign-in links in a round's e-mails: keep it as it is. */}
          <Route
            path="/reporting-rounds/:roundId/report/:initiativeId"
            element={<OwnerReportPage />}
          />
          {/* Where a data owner proposes the figures a round asks for: the e-mails lead here. */}
          <Route path="/reporting-rounds/:id/figures" element={<RoundFiguresPage />} />
        </CustomRoutes>
        <CustomRoutes noLayout>
          <Route
            path="/set-password"
            element={
              <Loadable>
                <SetPasswordPage />
              </Loadable>
            }
          />
          <Route
            path="/link"
            element={
              <Loadable>
                <LinkSignInPage />
              </Loadable>
            }
          />
          <Route
            path="/unsubscribe"
            element={
              <Loadable>
                <UnsubscribePage />
              </Loadable>
            }
          />
          {/* Open to all: the sign-in page and the user menu link here (boot.tsx draws it too). */}
          <Route
            path={ACCESSIBILITY_PATH}
            element={
              <Loadable>
                <AccessibilityPage />
              </Loadable>
            }
          />
        </CustomRoutes>
      </AdminUI>
    </ReactAdminShell>
  </AdminContext>
);
