import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { Me } from '@pejling/contracts';
import { fetchMe, SignInError } from '../auth/session';
import { BootSignIn } from './BootSignIn';

/** The pages reached from e-mails, which sign in (or need no session) on their own. */
const PUBLIC_PATHS = ['/link', '/set-password', '/unsubscribe'];
const SIGN_IN_PATH = '/login';

/** Where history.state keeps the page asked for while the sign-in page is shown. */
const NEXT = 'pejlingNext';

/** The app's route, from the hash router's URL: `#/milestones?x=1` → `/milestones?x=1`. */
const currentPath = (): string => window.location.hash.replace(/^#/, '') || '/';

const loadApp = async (root: Root, session?: { me: Me; signedInNow: boolean }) => {
  const { renderApp } = await import('./renderApp');
  renderApp(root, session);
};

/**
 * The app's code is fetched as soon as someone starts typing on the sign-in page (and with
 * it the landing page's: App.tsx): it is then ready, or nearly, when they press the button,
 * and the page itself never waits for it. A failure here is left to the import after
 * signing in, which says so.
 */
const fetchAppWhenTyping = () =>
  window.addEventListener('input', () => void import('./renderApp').catch(() => undefined), {
    once: true,
  });

/**
 * Where the person wanted to go: the address they came with, or, on the sign-in page's
 * own address (a reload of it), what it was shown for.
 */
const wantedPath = (path: string): string => {
  if (path.split('?')[0] !== SIGN_IN_PATH) return path;
  const state = window.history.state as Record<string, unknown> | null;
  return typeof state?.[NEXT] === 'string' ? state[NEXT] : '/';
};

/**
 * Starts the web app small: the sign-in page does not need react-admin, nor the pages
 * behind it, so someone who is not signed in gets the sign-in page alone (issue 6: within
 * 150 kB). It stands at `#/login`, as react-admin's does, and leads on to the page asked
 * for. Someone signed in, or on a page from an e-mail, gets the app at once.
 */
export async function boot(root: Root): Promise<void> {
  const path = currentPath();
  if (PUBLIC_PATHS.includes(path.split('?')[0])) return loadApp(root);
  // Not reachable counts as not signed in: the sign-in page then says what is wrong.
  const me = await fetchMe().catch(() => undefined);
  if (me) return loadApp(root, { me, signedInNow: false });

  const next = wantedPath(path);
  window.history.replaceState({ [NEXT]: next }, '', `#${SIGN_IN_PATH}`);
  root.render(
    <StrictMode>
      <BootSignIn
        onSignedIn={async (signedIn) => {
          // Signed in, but the app could not be fetched: the network is the one to blame.
          const { renderApp } = await import('./renderApp').catch(() => {
            throw new SignInError('pejling.auth.network');
          });
          window.history.replaceState(null, '', `#${next}`);
          renderApp(root, { me: signedIn, signedInNow: true });
        }}
      />
    </StrictMode>,
  );
  fetchAppWhenTyping();
}
