import type { AuthProvider } from 'react-admin';
import type { Language, Me, SignInLinkResult } from '@pejling/contracts';
import { canAccessAs } from './auth/canAccess';
import { API_URL } from './dataProvider';

/**
 * A sign-in that failed, with an i18n key for why: never whether the e-mail exists.
 * `args` fill in the message (how many minutes to wait).
 */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly args: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Rejections that react-admin should act on without a notification of its own. */
const silently = { message: false } as const;

/**
 * The signed-in person, asked of the server once and kept in memory for the session. The
 * session itself is an HttpOnly cookie the app never sees; nothing is stored in the browser.
 */
let session: Promise<Me> | undefined;
/** Set when the server stopped accepting a session this page had: the sign-in page says so. */
let expired = false;
/** The person's language, until the UI has taken it up once in this session. */
let languageToApply: Language | undefined;

const startSession = (me: Me): Me => {
  languageToApply = me.person.language;
  return me;
};

const request = (path: string, init: RequestInit = {}) =>
  fetch(`${API_URL}${path}`, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  });

const fetchMe = async (): Promise<Me> => {
  const response = await request('/auth/me');
  if (!response.ok) throw new Error(`GET /auth/me answered ${response.status}`);
  return startSession((await response.json()) as Me);
};

const currentSession = (): Promise<Me> => {
  session ??= fetchMe().catch((error: unknown) => {
    session = undefined;
    throw error;
  });
  return session;
};

/** Seconds to wait after too many failed sign-ins, as minutes for the message. */
const minutesToWait = async (response: Response): Promise<number> => {
  const header = Number(response.headers.get('Retry-After'));
  const body = (await response.json().catch(() => ({}))) as { retryAfter?: unknown };
  const seconds = header > 0 ? header : Number(body.retryAfter) || 60;
  return Math.ceil(seconds / 60);
};

/** Why a sign-in answer was refused, said in the UI language; `invalid` for the caller's case. */
const refusal = async (response: Response, invalid: string): Promise<SignInError> => {
  if (response.status === 429) {
    return new SignInError('pejling.auth.throttled', {
      smart_count: await minutesToWait(response),
    });
  }
  return new SignInError(response.status === 400 ? invalid : 'ra.auth.sign_in_error');
};

/** Starts the session a sign-in answered with, as a password or a link from an e-mail. */
const signedIn = (me: Me): void => {
  session = Promise.resolve(startSession(me));
  expired = false;
};

/** Each sign-in link's one attempt, by token: a second ask gets the first answer. */
const linkSignIns = new Map<string, Promise<string>>();

/** Sends a sign-in; that the server cannot be reached is a refusal too. */
const postSignIn = async (path: string, body: unknown): Promise<Response> => {
  try {
    return await request(path, { method: 'POST', body: JSON.stringify(body) });
  } catch {
    throw new SignInError('pejling.error.network');
  }
};

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
    const response = await postSignIn('/auth/login', { email, password });
    if (response.status === 401) throw new SignInError('pejling.auth.wrong_credentials');
    if (!response.ok) throw await refusal(response, 'ra.auth.sign_in_error');
    signedIn((await response.json()) as Me);
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
 * The signed-in person's language the first time it is asked for in a session, then
 * undefined: it is applied once, and a language picked afterwards is not overridden.
 */
export const takeSessionLanguage = (): Language | undefined => {
  const language = languageToApply;
  languageToApply = undefined;
  return language;
};

/** After the person saved another language: the session's copy follows. */
export const rememberLanguage = (language: Language): void => {
  session = session?.then((me) => ({ ...me, person: { ...me.person, language } }));
};
