import type { AuthProvider } from 'react-admin';
import type { Language, Me, SignInLinkResult } from '@pejling/contracts';
import { canAccessAs } from './auth/canAccess';
import {
  fetchMe,
  postSignIn,
  refusal,
  request,
  signInWithPassword,
  takePickedLanguage,
} from './auth/session';

/** Rejections that react-admin should act on without a notification of its own. */
const silently = { message: false } as const;

/**
 * The language a session starts in, applied once by the layout. `save`: it was picked on
 * the sign-in page and differs from the person's saved one, so it is saved as theirs.
 */
export interface SessionLanguage {
  language: Language;
  save: boolean;
}

/**
 * The signed-in person, asked of the server once and kept in memory for the session. The
 * session itself is an HttpOnly cookie the app never sees; nothing is stored in the browser.
 */
let session: Promise<Me> | undefined;
/** Set when the server stopped accepting a session this page had: the sign-in page says so. */
let expired = false;
/** The session's language, until the UI has taken it up once in this session. */
let languageToApply: SessionLanguage | undefined;

/**
 * Starts a session in the person's saved language, or in one they picked on the sign-in
 * page: someone who chose English there and signs in expects English, and choosing it was
 * choosing their language, so it is saved as such (as the app bar's language menu does).
 * Without a pick, the saved language applies, whatever the sign-in page was shown in.
 */
const startSession = (me: Me, picked?: Language): Me => {
  languageToApply = {
    language: picked ?? me.person.language,
    save: picked !== undefined && picked !== me.person.language,
  };
  return me;
};

const currentSession = (): Promise<Me> => {
  session ??= fetchMe()
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
const linkSignIns = new Map<string, Promise<string>>();

const postSignInLink = async (token: string): Promise<string> => {
  const response = await postSignIn('/auth/link', { token });
  if (!response.ok) throw await refusal(response, 'pejling.link.invalid');
  const { me, path } = (await response.json()) as SignInLinkResult;
  signedIn(me);
  return path;
};

/**
 * Signs in with the token of a link from a reminder e-mail and resolves to the path it
 * leads to. The token works once, so it is sent once per page load, however often this
 * is called (React's StrictMode runs effects twice; a language change remounts the page).
 * The caller then has react-admin check the session again (its `checkAuth` answer is
 * cached) before it goes to the path.
 */
export const signInWithLink = (token: string): Promise<string> => {
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
    await request('/auth/logout', { method: 'POST' }).catch(() => undefined);
  },

  async checkAuth() {
    try {
      await currentSession();
    } catch {
      throw silently;
    }
  },

  /** 401: the session is gone, sign in again. 403: not allowed; stay, the error is shown. */
  async checkError(error: { status?: number }) {
    if (error?.status !== 401) return;
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

/**
 * The session's language (see `startSession`) the first time it is asked for, then
 * undefined: it is applied once, and a language picked afterwards is not overridden.
 */
export const takeSessionLanguage = (): SessionLanguage | undefined => {
  const language = languageToApply;
  languageToApply = undefined;
  return language;
};

/** After the person saved another language: the session's copy follows. */
export const rememberLanguage = (language: Language): void => {
  session = session?.then((me) => ({ ...me, person: { ...me.person, language } }));
};
