/** A page the frame draws without react-admin (owner-frame/). */
export type FramedPage =
  | { page: 'my-work' }
  | { page: 'report'; roundId: number; initiativeId: number }
  | { page: 'dashboard' };

/** Where the round's e-mails and My work lead an owner to write a report. */
const REPORT_PATH = /^\/reporting-rounds\/(\d+)\/report\/(\d+)$/;

/**
 * Whether the screen is as narrow as a phone held upright: MUI's `sm` breakpoint, below
 * which the app folds its menu away (layout/Sidebar.tsx). False outside a browser.
 */
export const isNarrowScreen = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(max-width: 599.95px)').matches === true;

/**
 * The page of the frame at `path` (a route without its query), if it draws one: My work,
 * and the report form, where the links in reminder e-mails lead, opened on a phone more
 * often than not; and on a `narrow` screen the dashboard, which the app shows there
 * without its menu too. Every other page is the app's.
 */
export const framedPage = (path: string, narrow = isNarrowScreen()): FramedPage | undefined => {
  if (path === '/my-work') return { page: 'my-work' };
  if (path === '/dashboard') return narrow ? { page: 'dashboard' } : undefined;
  const report = REPORT_PATH.exec(path);
  return report
    ? { page: 'report', roundId: Number(report[1]), initiativeId: Number(report[2]) }
    : undefined;
};

/** The frame's page at the hash router's address: `#/my-work?milestone=7` → My work. */
export const framedPageHere = (): FramedPage | undefined =>
  framedPage((window.location.hash.replace(/^#/, '') || '/').split('?')[0]);
