import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { type Me, ROLES, type SignInLinkResult } from '@pejling/contracts';
import { ACCESSIBILITY_PATH } from '../auth/accessibilityPath';
import { SignInError } from '../auth/session';
import { BootSignIn } from './BootSignIn';
import { BootStatement } from './BootStatement';
import {
  askEarly,
  askFrameCode,
  type CodeLoaders,
  currentPath,
  type EarlyStart,
  LINK_PATH,
  PUBLIC_PATHS,
  shownPath,
  withoutQuery,
} from './early';
import { type EarlyRead, earlyReads, personalReads } from './earlyReads';
import { framedPage } from './framedPage';

/** A session the boot code found or made: the app takes it over (`signedInNow`: just now). */
export interface BootSession {
  me: Me;
  signedInNow: boolean;
}

/** Draws the whole app into the page (the root's renderApp.tsx, a chunk of its own). */
export type RenderApp = (root: Root, session?: BootSession) => void;

/** What the owner's frame is given: the session, and the ways out of the frame. */
export interface FrameSession extends BootSession {
  /** What the page shows, asked for while the frame's code loaded (`earlyReads`). */
  reads: EarlyRead[];
  /** Hands over to the whole app at the same address, for `me` as the frame now knows them. */
  openApp: (me: Me) => Promise<void>;
  /** To the sign-in page; with `returnHere`, back to this page once signed in. */
  signIn: (returnHere: boolean) => Promise<void>;
}

/** What the landing of a link from an e-mail is given. */
export interface LinkLandingProps {
  /** The link's token: it signs in once. */
  token: string;
  /** Signed in: on to the page the e-mail was about. */
  onSignedIn: (result: SignInLinkResult) => void;
  onToSignIn: () => void;
}

/**
 * The owner's frame (owner-frame/renderOwnerFrame.tsx, a chunk of its own): it draws My
 * work and the report form (`framedPage`), and the landing of a link from an e-mail,
 * which leads there most often.
 */
export interface OwnerFrameModule {
  renderOwnerFrame: (root: Root, session: FrameSession) => Promise<void>;
  renderLinkLanding: (root: Root, props: LinkLandingProps) => Promise<void>;
}

/** The code that draws a page: loaded on demand, as main.tsx knows where it is. */
export interface Loaders extends CodeLoaders {
  app: () => Promise<RenderApp>;
  frame: () => Promise<OwnerFrameModule>;
}

const SIGN_IN_PATH = '/login';

/** Where history.state keeps the page asked for while the sign-in page is shown. */
const NEXT = 'pejlingNext';

/**
 * The code of the page to come (the app, and with it the landing page's: App.tsx; or the
 * owner's frame) is fetched as soon as someone starts typing on the sign-in page: it is
 * then ready, or nearly, when they press the button, and the page itself never waits for
 * it. A failure here is left to the import after signing in, which says so.
 */
const fetchCodeWhenTyping = (load: () => Promise<unknown>) =>
  window.addEventListener('input', () => void load().catch(() => undefined), {
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

/** Whether the owner's frame draws the page at `path`. */
const isFramed = (path: string) => framedPage(withoutQuery(path)) !== undefined;

/** Whether the owner's frame draws the page at `path` whoever signs in (at `/`, their start page). */
const framedForAll = (path: string) => ROLES.every((role) => isFramed(shownPath(path, role)));

/**
 * Draws the page at `path` for a signed-in person: `/` leads to their start page; the
 * owner's frame draws its pages (My work with its data asked for already, or now), the app
 * every other page. The frame follows a new address itself, to its pages or to the app's.
 */
const showSignedIn = async (
  root: Root,
  loaders: Loaders,
  again: () => Promise<void>,
  path: string,
  session: BootSession,
  reads?: EarlyRead[],
): Promise<void> => {
  const shown = shownPath(path, session.me.role);
  const page = framedPage(withoutQuery(shown));
  if (!page) return (await loaders.app())(root, session);
  if (shown !== path) window.history.replaceState(null, '', `#${shown}`);
  // The page's own chunk (the report form's, the dashboard's) beside the frame's, not once
  // the frame draws it; asked for already when the entry knew the page.
  askFrameCode(loaders, page);
  const { renderOwnerFrame } = await loaders.frame();
  await renderOwnerFrame(root, {
    ...session,
    // Asked for already by the entry (for the page shown), else now.
    reads: reads ?? [
      ...earlyReads(withoutQuery(shown)),
      ...personalReads(withoutQuery(shown), session.me.person.id),
    ],
    openApp: async (me) => (await loaders.app())(root, { me, signedInNow: false }),
    signIn: async (returnHere) => {
      const state = returnHere ? { [NEXT]: currentPath() } : null;
      window.history.replaceState(state, '', `#${SIGN_IN_PATH}`);
      await again();
    },
  });
};

/**
 * The landing of a link from an e-mail, drawn by the owner's frame: once it has signed the
 * person in, the page the e-mail was about, at its own address.
 */
const landFromLink = async (
  root: Root,
  loaders: Loaders,
  again: () => Promise<void>,
  path: string,
): Promise<void> => {
  const { renderLinkLanding } = await loaders.frame();
  const stopBootingAgain = bootAgainOnNewAddress(again);
  await renderLinkLanding(root, {
    token: new URLSearchParams(path.split('?')[1] ?? '').get('token') ?? '',
    onSignedIn: ({ me, path: shown }) => {
      stopBootingAgain();
      window.history.replaceState(null, '', `#${shown}`);
      void showSignedIn(root, loaders, again, shown, { me, signedInNow: false });
    },
    onToSignIn: () => {
      stopBootingAgain();
      window.history.replaceState(null, '', `#${SIGN_IN_PATH}`);
      void again();
    },
  });
};

/**
 * Starts the web app small: the sign-in page does not need react-admin, nor the pages
 * behind it, so someone who is not signed in gets the sign-in page alone (within its
 * budget of 150 kB, scripts/bundle-size.cjs). It stands at `#/login`, as react-admin's
 * does, and leads on to the page asked for. My work and the report form, where an owner
 * lands from an e-mail, are drawn by the owner's frame, a fraction of the app's code, and
 * so is the landing of the e-mail's link; someone signed in on any other page gets the
 * app at once. The accessibility statement, open to all, is drawn without
 * the app too, for anyone.
 */
export async function boot(root: Root, loaders: Loaders, early?: EarlyStart): Promise<void> {
  const path = currentPath();
  if (PUBLIC_PATHS.includes(withoutQuery(path))) return (await loaders.app())(root);
  const again = () => boot(root, loaders);
  if (withoutQuery(path) === LINK_PATH) return landFromLink(root, loaders, again, path);
  if (withoutQuery(path) === ACCESSIBILITY_PATH) {
    root.render(
      <StrictMode>
        <BootStatement />
      </StrictMode>,
    );
    bootAgainOnNewAddress(again);
    return;
  }
  // Asked for by the entry, if it was for this address; else now.
  const { me: session, reads } = early?.path === path ? early : askEarly(loaders, path);
  const me = await session;
  if (me) return showSignedIn(root, loaders, again, path, { me, signedInNow: false }, await reads);

  const next = wantedPath(path);
  window.history.replaceState({ [NEXT]: next }, '', `#${SIGN_IN_PATH}`);
  const stopBootingAgain = bootAgainOnNewAddress(again);
  root.render(
    <StrictMode>
      <BootSignIn
        onSignedIn={async (signedIn) => {
          stopBootingAgain();
          window.history.replaceState(null, '', `#${next}`);
          // Signed in, but the page's code could not be fetched: the network is to blame.
          await showSignedIn(root, loaders, again, next, { me: signedIn, signedInNow: true }).catch(
            () => {
              throw new SignInError('pejling.auth.network');
            },
          );
        }}
      />
    </StrictMode>,
  );
  fetchCodeWhenTyping(framedForAll(next) ? loaders.frame : loaders.app);
}
