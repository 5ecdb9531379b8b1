import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import auditEvents from './audit-events';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { SetPasswordPage } from './auth/SetPasswordPage';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import focusAreas from './focus-areas';
import { i18nProvider } from './i18n';
import initiatives from './initiatives';
import { Layout } from './layout/Layout';
import milestones from './milestones';
import organisations from './organisations';
import people from './people';
import strategies from './strategies';
import targets from './targets';

const { Route } = reactRouterProvider;

/**
 * Only composition: each resource's views live in its own folder. `requireAuth`: nothing
 * but the public pages (sign-in, choosing a first password) shows before the session is
 * confirmed. Menu items, buttons and routes follow `authProvider.canAccess`.
 */
export const App = () => (
  <Admin
    title="Pejling"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="initiatives" {...initiatives} />
    <Resource name="milestones" {...milestones} />
    <Resource name="focus-areas" {...focusAreas} />
    <Resource name="targets" {...targets} />
    <Resource name="organisations" {...organisations} />
    <Resource name="people" {...people} />
    <Resource name="strategies" {...strategies} />
    <Resource name="audit-events" {...auditEvents} />
    <CustomRoutes>
      <Route path="/change-password" element={<ChangePasswordPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/set-password" element={<SetPasswordPage />} />
    </CustomRoutes>
  </Admin>
);
