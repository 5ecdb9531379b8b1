import type { Me, Role } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { ACCESSIBILITY_PATH } from '../auth/accessibilityPath';
import { startPath } from '../auth/startPath';
import { prepareFormats } from '../common/format';
import { type EarlyRead, earlyReads, personalReads } from './earlyReads';
import { type FramedPage, framedPage } from './framedPage';

/** The pages reached from e-mails, which sign in (or need no session) on their own. */
export const PUBLIC_PATHS = ['/set-password', '/unsubscribe'];
/** Where the sign-in links in reminder e-mails lead: the owner's frame draws it. */
export const LINK_PATH = '/link';

/** The app's route, from the hash router's URL: `#/milestones?x=1` → `/milestones?x=1`. */
export const currentPath = (): string => window.location.hash.replace(/^#/, '') || '/';

/** A route without its query: `/milestones?x=1` → `/milestones`. */
export const withoutQuery = (path: string): string => path.split('?')[0];

/** The code of the pages, which only the entry knows where to find (boot.tsx's `Loaders`). */
export interface CodeLoaders {
  app: () => Promise<unknown>;
  frame: () => Promise<unknown>;
  /** The owner's frame's report form, a chunk of its own (owner-frame/FramedReport.tsx). */
  reportForm: () => Promise<unknown>;
  /** The owner's frame's dashboard, a chunk of its own (owner-frame/FramedDashboard.tsx). */
  dashboard: () => Promise<unknown>;
}

/** Asks for the frame's code, and for the chunk of its `page` that the frame loads apart. */
export const askFrameCode = (loaders: CodeLoaders, page: FramedPage) => {
  void loaders.frame().catch(() => undefined);
  if (page.page === 'report') void loaders.reportForm().catch(() => undefined);
  if (page.page === 'dashboard') void loaders.dashboard().catch(() => undefined);
};

/** The page a person signed in sees at `path`: at `/`, their start page. */
export const shownPath = (path: string, role: Role): string =>
  withoutQuery(path) === '/' ? startPath(role) : path;

/** What a page needs before it can be drawn, asked for at once. */
export interface EarlyStart {
  /** The address it was asked for: a new address asks again. */
  path: string;
  /** The person signed in, or none (not reachable counts as none: the sign-in page says why). */
  me: Promise<Me | undefined>;
  /** What the owner's frame will show the person there (`earlyReads`), once they are known. */
  reads: Promise<EarlyRead[]>;
}

/**
 * Asks for the session at `path`, and on a page of the owner's frame for its code and what
 * it shows: side by side, not one after the other, each a round trip on a phone. Once the
 * session says which page the person sees there (at `/`, their start page), the code of
 * that page is asked for: the app's, the larger part, need not wait for the sign-in page's
 * code; the frame's, with the page's reads, when `/` leads to one of its pages.
 */
export const askEarly = (loaders: CodeLoaders, path: string): EarlyStart => {
  const route = withoutQuery(path);
  const page = framedPage(route);
  if (page) askFrameCode(loaders, page);
  const me = api.session.me().catch(() => undefined);
  const reads = earlyReads(route);
  return {
    path,
    me,
    reads: me.then((who) => {
      if (!who) return reads;
      // While the code loads, in a task of its own: the formatters every page starts with.
      setTimeout(() => prepareFormats(who.person.language));
      const shown = withoutQuery(shownPath(path, who.role));
      const shownPage = framedPage(shown);
      if (!shownPage) {
        void loaders.app().catch(() => undefined);
        return [];
      }
      if (shown === route) return [...reads, ...personalReads(route, who.person.id)];
      askFrameCode(loaders, shownPage);
      return [...earlyReads(shown), ...personalReads(shown, who.person.id)];
    }),
  };
};

/**
 * What the entry (main.tsx) asks for before React and the sign-in page's code are there,
 * so that it arrives with them rather than after: the session and the frame's page, for
 * every page that opens with the session; the frame's code for the landing of an e-mail's
 * link. The pages reached from e-mails and the accessibility statement ask for nothing.
 */
export const startEarly = (loaders: CodeLoaders, path = currentPath()): EarlyStart | undefined => {
  const route = withoutQuery(path);
  if (route === LINK_PATH) void loaders.frame().catch(() => undefined);
  if (route === LINK_PATH || route === ACCESSIBILITY_PATH || PUBLIC_PATHS.includes(route))
    return undefined;
  return askEarly(loaders, path);
};
