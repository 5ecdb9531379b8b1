/** A page the owner's frame draws without react-admin (owner-frame/). */
export type FramedPage =
  { page: 'my-work' } | { page: 'report'; roundId: number; initiativeId: number };

/** Where the round's e-mails and My work lead an owner to write a report. */
const REPORT_PATH = /^\/reporting-rounds\/(\d+)\/report\/(\d+)$/;

/**
 * The page of the owner's frame at `path` (a route without its query), if it draws one:
 * My work, and the report form, where the links in reminder e-mails lead, opened on a
 * phone more often than not. Every other page is the app's.
 */
export const framedPage = (path: string): FramedPage | undefined => {
  if (path === '/my-work') return { page: 'my-work' };
  const report = REPORT_PATH.exec(path);
  return report
    ? { page: 'report', roundId: Number(report[1]), initiativeId: Number(report[2]) }
    : undefined;
};

/** The frame's page at the hash router's address: `#/my-work?milestone=7` → My work. */
export const framedPageHere = (): FramedPage | undefined =>
  framedPage((window.location.hash.replace(/^#/, '') || '/').split('?')[0]);
