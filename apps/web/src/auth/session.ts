import type { Me } from '@pejling/contracts';
import { ApiError, statusOf } from '../api/client';
import { api } from '../api/endpoints';

/**
 * Signing in, without react-admin: the sign-in page uses this before the app is loaded,
 * and authProvider.ts inside the app. The session itself is an HttpOnly cookie the page
 * never sees.
 */

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

/** Seconds to wait after too many failed sign-ins, as minutes for the message. */
const minutesToWait = ({ headers, body }: ApiError): number => {
  const header = Number(headers.get('Retry-After'));
  const seconds = header > 0 ? header : Number(body?.['retryAfter']) || 60;
  return Math.ceil(seconds / 60);
};

/**
 * Why a sign-in was refused, as a SignInError; `invalid` is the key for the caller's 400.
 * That the server cannot be reached is a refusal too. Anything else is passed on.
 */
export const signInRefusal = (error: unknown, invalid: string): unknown => {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 0) return new SignInError('pejling.auth.network');
  if (error.status === 429) {
    return new SignInError('pejling.auth.throttled', { smart_count: minutesToWait(error) });
  }
  return new SignInError(error.status === 400 ? invalid : 'pejling.auth.failed');
};

/** Signs in with e-mail and password; rejects with a SignInError that says why not. */
export const signInWithPassword = async (email: string, password: string): Promise<Me> => {
  try {
    return await api.session.signIn({ email, password });
  } catch (error) {
    if (statusOf(error) === 401) throw new SignInError('pejling.auth.wrong_credentials');
    throw signInRefusal(error, 'pejling.auth.failed');
  }
};
