import type { Language, Me } from '@pejling/contracts';

/**
 * Signing in, without react-admin: the sign-in page uses this before the app is loaded,
 * and authProvider.ts inside the app. The session itself is an HttpOnly cookie the page
 * never sees.
 */

/** Everything the server offers lives under this path (Vite proxies it in development). */
export const API_URL = '/api';

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

export const request = (path: string, init: RequestInit = {}) =>
  fetch(`${API_URL}${path}`, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  });

/** The signed-in person, or undefined when the server does not know this session. */
export const fetchMe = async (): Promise<Me | undefined> => {
  const response = await request('/auth/me');
  if (response.status === 401) return undefined;
  if (!response.ok) throw new Error(`GET /auth/me answered ${response.status}`);
  return (await response.json()) as Me;
};

/** Seconds to wait after too many failed sign-ins, as minutes for the message. */
const minutesToWait = async (response: Response): Promise<number> => {
  const header = Number(response.headers.get('Retry-After'));
  const body = (await response.json().catch(() => ({}))) as { retryAfter?: unknown };
  const seconds = header > 0 ? header : Number(body.retryAfter) || 60;
  return Math.ceil(seconds / 60);
};

/** Why a sign-in answer was refused, as an i18n key; `invalid` for the caller's 400. */
export const refusal = async (response: Response, invalid: string): Promise<SignInError> => {
  if (response.status === 429) {
    return new SignInError('pejling.auth.throttled', {
      smart_count: await minutesToWait(response),
    });
  }
  return new SignInError(response.status === 400 ? invalid : 'pejling.auth.failed');
};

/** Sends a sign-in; that the server cannot be reached is a refusal too. */
export const postSignIn = async (path: string, body: unknown): Promise<Response> => {
  try {
    return await request(path, { method: 'POST', body: JSON.stringify(body) });
  } catch {
    throw new SignInError('pejling.auth.network');
  }
};

/** Signs in with e-mail and password; rejects with a SignInError that says why not. */
export const signInWithPassword = async (email: string, password: string): Promise<Me> => {
  const response = await postSignIn('/auth/login', { email, password });
  if (response.status === 401) throw new SignInError('pejling.auth.wrong_credentials');
  if (!response.ok) throw await refusal(response, 'pejling.auth.failed');
  return (await response.json()) as Me;
};

/** A language picked on the sign-in page, until the session it was picked for starts. */
let pickedLanguage: Language | undefined;

/**
 * Someone picked a language on the sign-in page. Signing in then makes it their language:
 * it is saved to their profile, over the one saved there (see authProvider.ts).
 */
export const pickSignInLanguage = (language: Language): void => {
  pickedLanguage = language;
};

/** The language picked on the sign-in page, once: a later session starts without it. */
export const takePickedLanguage = (): Language | undefined => {
  const language = pickedLanguage;
  pickedLanguage = undefined;
  return language;
};
