import type { AuthProvider } from 'react-admin';
import type { Language, Me, SignInLinkResult } from '@pejling/contracts';
import { isSignedOut } from '../api/client';
import { api } from '../api/endpoints';
import { canAccessAs } from './canAccess';
import { signInRefusal, signInWithPassword } from './session';
import { startSessionLanguage, takePickedLanguage } from './sessionLanguage';

/** Rejections that react-admin should act on without a notification of its own. */
const silently = { message: false } as const;

/**
 * The signed-in person, asked of the server once and kept in memory for the session. The
 * session itself is an HttpOnly cookie the app never sees; nothing is stored in the browser.
 */
let session: Promise<Me> | undefined;
/** Set when the server stopped accepting a session this page had: the sign-in page says so. */
let expired = false;

/** Starts a session in the person's language, or the one picked for it (sessionLanguage.ts). */
const startSession = (me: Me, picked?: Language): Me => {
  startSessionLanguage(me.person.language, picked);
  return me;
};

const currentSession = (): Promise<Me> => {
  session ??= api.session
    .me()
    .then((me) => {
      if (!me) throw new Error('GET /auth/me answered 401');
      return startSession(me);
    })
    .catch((error: unknown) => {
      session = undefined;
      throw error;
    });
  return session;
};

/** Starts the session a sign-in answered with, as a password or a link from an e-mail. */
const signedIn = (me: Me, picked?: Language): void => {
  session = Promise.resolve(startSession(me, picked));
  expired = false;
};

/**
 * Takes over a session the boot code (boot/boot.tsx) has already asked about or signed in to,
 * so that the app does not ask the server again. `signedInNow`: through the sign-in page,
 * whose language pick then counts as in `login`.
 */
export const adoptSession = (me: Me, signedInNow: boolean): void => {
  signedIn(me, signedInNow ? takePickedLanguage() : undefined);
};

/** Each sign-in link's one attempt, by token: a second ask gets the first answer. */
const linkSignIns = new Map<string, Promise<SignInLinkResult>>();

const postSignInLink = async (token: string): Promise<SignInLinkResult> => {
  try {
    const result = await api.session.signInWithLink(token);
    signedIn(result.me);
    return result;
  } catch (error) {
    throw signInRefusal(error, 'pejling.link.invalid');
  }
};

/**
 * Signs in with the token of a link from a reminder e-mail and resolves to the person and
 * the path it leads to. The token works once, so it is sent once per page load, however often this
 * is called (React's StrictMode runs effects twice; a language change remounts the page).
 * The caller then has react-admin check the session again (its `checkAuth` answer is
 * cached) before it goes to the path.
 */
export const signInWithLink = (token: string): Promise<SignInLinkResult> => {
  let attempt = linkSignIns.get(token);
  if (!attempt) {
    attempt = postSignInLink(token);
    linkSignIns.set(token, attempt);
  }
  return attempt;
};

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    signedIn(await signInWithPassword(email, password), takePickedLanguage());
  },

  async logout() {
    session = undefined;
    // Without a session (it expired) the server may answer 401: signed out all the same.
    await api.session.signOut().catch(() => undefined);
  },

  async checkAuth() {
    try {
      await currentSession();
    } catch {
      throw silently;
    }
  },

  /** 401: the session is gone, sign in again. 403: not allowed; stay, the error is shown. */
  async checkError(error: unknown) {
    if (!isSignedOut(error)) return;
    if (session) expired = true;
    session = undefined;
    throw silently;
  },

  async getIdentity() {
    const me = await currentSession();
    return { id: me.person.id, fullName: me.person.name };
  },

  getPermissions: () => currentSession(),

  async canAccess({ resource, action, record }) {
    const me = await currentSession().catch(() => undefined);
    return me ? canAccessAs(me, resource, action, record) : false;
  },
};

/** Whether the last session ended because the server stopped accepting it. */
export const sessionExpired = (): boolean => expired;

/** After the person saved another language: the session's copy follows. */
export const rememberLanguage = (language: Language): void => {
  session = session?.then((me) => ({ ...me, person: { ...me.person, language } }));
};
