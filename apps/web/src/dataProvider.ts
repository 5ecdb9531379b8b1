import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError } from 'react-admin';
import type { AppInfo } from '@pejling/contracts';
import { i18nProvider } from './i18n';

/** Everything the server offers lives under this path (Vite proxies it in development). */
export const API_URL = '/api';

let apiLanguage = 'da';

/** Called when the UI language changes, so the server may answer in the same language. */
export const setApiLanguage = (locale: string): void => {
  apiLanguage = locale;
};

/**
 * Turns what the server or the network says into a message a person can read. react-admin
 * shows `error.message` in a notification (and translates it if it is a key); server
 * messages are kept, because they name the field or the conflict.
 */
const toReadableError = (error: unknown): unknown => {
  if (error instanceof HttpError) {
    const body = error.body as { message?: unknown } | null;
    const detail = Array.isArray(body?.message)
      ? body.message.join('; ')
      : typeof body?.message === 'string'
        ? body.message
        : '';
    if (error.status === 409) {
      const message = i18nProvider.translate(
        detail ? 'pejling.error.conflict_detail' : 'pejling.error.conflict',
        { detail },
      );
      return new HttpError(message, error.status, error.body);
    }
    if (error.status === 400 && detail) {
      const message = i18nProvider.translate('pejling.error.rejected', { detail });
      return new HttpError(message, error.status, error.body);
    }
    return error;
  }
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) {
    return new Error('pejling.error.network');
  }
  return error;
};

const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', apiLanguage);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw toReadableError(error);
  }
};

/**
 * react-admin's simple-rest dialect on /api. `update` sends the whole record as the form
 * holds it, `version` included: the server uses it to refuse a stale write with 409.
 */
export const dataProvider = simpleRestProvider(API_URL, httpClient);

/** GET /api/info: today's date as the server sees it, and whether that date is fixed. */
export const fetchAppInfo = async (signal?: AbortSignal): Promise<AppInfo> => {
  const { json } = await httpClient(`${API_URL}/info`, { signal });
  return json as AppInfo;
};
