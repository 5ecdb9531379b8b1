import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { Me } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { ACCESSIBILITY_PATH } from '../auth/accessibilityPath';
import { SignInError } from '../auth/session';
import { BootSignIn } from './BootSignIn';
import { BootStatement } from './BootStatement';

/** A session the boot code found or made: the app takes it over (`signedInNow`: just now). */
export interface BootSession {
  me: Me;
  signedInNow: boolean;
}

/** Draws the whole app into the page (the root's renderApp.tsx, a chunk of its own). */
export type RenderApp = (root: Root, session?: BootSession) => void;

/** The pages reached from e-mails, which sign in (or need no session) on their own. */
const PUBLIC_PATHS = ['/link', '/set-password', '/unsubscribe'];
const SIGN_IN_PATH = '/login';

/** Where history.state keeps the page asked for while the sign-in page is shown. */
const NEXT = 'pejlingNext';

/** The app's route, from the hash router's URL: `#/milestones?x=1` → `/milestones?x=1`. */
const currentPath = (): string => window.location.hash.replace(/^#/, '') || '/';

/** A route without its query: `/milestones?x=1` → `/milestones`. */
const withoutQuery = (path: string): string => path.split('?')[0];

/**
 * The app's code is fetched as soon as someone starts typing on the sign-in page (and with
 * it the landing page's: App.tsx): it is then ready, or nearly, when they press the button,
 * and the page itself never waits for it. A failure here is left to the import after
 * signing in, which says so.
 */
const fetchAppWhenTyping = (loadApp: () => Promise<RenderApp>) =>
  window.addEventListener('input', () => void loadApp().catch(() => undefined), {
    once: true,
  });

/** What react-admin keeps in react-router's state when it sends someone to sign in. */
interface RouterState {
  usr?: { nextPathname?: unknown; nextSearch?: unknown };
}

/**
 * Where the person wanted to go: the address they came with, or, on the sign-in page's
 * own address (a reload of it), what it was shown for: by this page, or by the app, which
 * sent them there when their session ended.
 */
const wantedPath = (path: string): string => {
  if (withoutQuery(path) !== SIGN_IN_PATH) return path;
  const state = window.history.state as (Record<string, unknown> & RouterState) | null;
  if (typeof state?.[NEXT] === 'string') return state[NEXT];
  const { nextPathname, nextSearch } = state?.usr ?? {};
  if (typeof nextPathname !== 'string') return '/';
  return typeof nextSearch === 'string' ? `${nextPathname}${nextSearch}` : nextPathname;
};

/**
 * Until the app is loaded, a new address (a link between the sign-in page and the
 * accessibility statement, the browser's Back) starts over: the page it asks for is drawn
 * again. The app's own router takes over from there: call the returned function first.
 */
const bootAgainOnNewAddress = (again: () => Promise<void>): (() => void) => {
  const onHashChange = () => void again();
  window.addEventListener('hashchange', onHashChange, { once: true });
  return () => window.removeEventListener('hashchange', onHashChange);
};

/**
 * Starts the web app small: the sign-in page does not need react-admin, nor the pages
 * behind it, so someone who is not signed in gets the sign-in page alone (within its budget
 * of 150 kB, scripts/bundle-size.cjs). It stands at `#/login`, as react-admin's does, and leads on to the page asked
 * for. Someone signed in, or on a page from an e-mail, gets the app at once. The
 * accessibility statement, open to all, is drawn without the app too, for anyone. `loadApp`
 * fetches the app's code (main.tsx knows where it is).
 */
export async function boot(root: Root, loadApp: () => Promise<RenderApp>): Promise<void> {
  const path = currentPath();
  if (PUBLIC_PATHS.includes(withoutQuery(path))) return (await loadApp())(root);
  const again = () => boot(root, loadApp);
  if (withoutQuery(path) === ACCESSIBILITY_PATH) {
    root.render(
      <StrictMode>
        <BootStatement />
      </StrictMode>,
    );
    bootAgainOnNewAddress(again);
    return;
  }
  // Not reachable counts as not signed in: the sign-in page then says what is wrong.
  const me = await api.session.me().catch(() => undefined);
  if (me) return (await loadApp())(root, { me, signedInNow: false });

  const next = wantedPath(path);
  window.history.replaceState({ [NEXT]: next }, '', `#${SIGN_IN_PATH}`);
  const stopBootingAgain = bootAgainOnNewAddress(again);
  root.render(
    <StrictMode>
      <BootSignIn
        onSignedIn={async (signedIn) => {
          // Signed in, but the app could not be fetched: the network is the one to blame.
          const renderApp = await loadApp().catch(() => {
            throw new SignInError('pejling.auth.network');
          });
          stopBootingAgain();
          window.history.replaceState(null, '', `#${next}`);
          renderApp(root, { me: signedIn, signedInNow: true });
        }}
      />
    </StrictMode>,
  );
  fetchAppWhenTyping(loadApp);
}
