import type { Translate } from '../i18n/types';
import { uiLanguage } from '../i18n/uiLanguage';

/**
 * The one way to the server: every request of the web app goes through `request` (or
 * `download`), from the sign-in page before react-admin is loaded to react-admin's data
 * provider (dataProvider.ts) and the endpoints beyond it (endpoints.ts). It asks for JSON
 * in the UI language, sends the session cookie, passes an AbortSignal on, and turns a
 * failure into an ApiError with a message a person can read. Without react-admin, so
 * that the sign-in page stays small.
 */

/** Everything the server offers lives under this path (Vite proxies it in development). */
export const API_URL = '/api';

/** What the server answers with a refusal: `message`, and per refusal `errors`, `current`, … */
export type ErrorBody = Record<string, unknown>;

/**
 * A request that failed. `status` is the server's (0: the server could not be reached),
 * `body` what it answered; react-admin's HttpError has the same `message`, `status` and
 * `body`, and the data provider passes this on as one. `detail` is the server's own words,
 * else the status text.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: ErrorBody | null = null,
    readonly detail = '',
    readonly headers: Headers = new Headers(),
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A bad field as the server names it in a 400: `{ field, messages }`. */
interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * The server's field list turned into react-admin's shape, `{ field: message }`, so the
 * form shows each message under its input, and `root.serverError` as the notification.
 * The server starts each message with the field's name; under the input that is said.
 */
const toSubmissionErrors = (problems: FieldProblem[], summary: string) => ({
  ...Object.fromEntries(
    problems.map(({ field, messages }) => [
      field,
      messages.map((message) => message.replace(`${field}: `, '')).join(' '),
    ]),
  ),
  root: { serverError: summary },
});

/** The server's own words in a refusal: its `message`, a list of them joined. */
const wordsOf = (body: ErrorBody | null): string =>
  Array.isArray(body?.['message'])
    ? body['message'].join('; ')
    : typeof body?.['message'] === 'string'
      ? body['message']
      : '';

/**
 * A refusal as an ApiError whose message a person can read, in the UI language
 * (`translate`). react-admin shows `error.message` in a notification; the server's words
 * are kept in it, because they name the field or the conflict. A 400 that names fields
 * gets them in react-admin's form shape (`body.errors`). Any other refusal says what the
 * server said, or the status text.
 */
export const refusal = (
  response: Pick<Response, 'status' | 'statusText'> & { headers?: Headers },
  body: ErrorBody | null,
  translate: Translate,
): ApiError => {
  const { status, statusText, headers } = response;
  const words = wordsOf(body);
  const readable = (key: string, readableBody = body) =>
    new ApiError(
      translate(key, { detail: words }),
      status,
      readableBody,
      words || statusText,
      headers,
    );
  if (status === 409)
    return readable(words ? 'pejling.error.conflict_detail' : 'pejling.error.conflict');
  if (status === 403 && words) return readable('pejling.error.forbidden');
  if (status === 400 && words) {
    const problems = body?.['errors'];
    if (!Array.isArray(problems)) return readable('pejling.error.rejected');
    const summary = translate('pejling.error.rejected', { detail: words });
    return readable('pejling.error.rejected', {
      ...body,
      errors: toSubmissionErrors(problems as FieldProblem[], summary),
    });
  }
  return new ApiError(words || statusText, status, body, words || statusText, headers);
};

export interface RequestOptions {
  method?: string;
  /** Sent as JSON; a string is sent as it is (ra-data-simple-rest hands over its own JSON). */
  body?: unknown;
  headers?: HeadersInit;
  signal?: AbortSignal | null;
}

/** A successful answer: the JSON it carried, and its text and headers (a list's range). */
export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: string;
  json: T;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON (an empty answer): nothing to read.
    return undefined;
  }
};

/** Sends a request and resolves to the answer; rejects with an ApiError unless it is a 2xx. */
const send = async (path: string, options: RequestOptions): Promise<Response> => {
  const { language, translate } = uiLanguage();
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', language);
  const body =
    options.body === undefined || typeof options.body === 'string'
      ? options.body
      : JSON.stringify(options.body);
  if (body !== undefined && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  let response: Response;
  try {
    response = await fetch(`${API_URL}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    // fetch() rejects with a TypeError when the server cannot be reached at all. An abort
    // is passed on as it is: whoever aborted knows why.
    if (error instanceof TypeError) throw new ApiError(translate('pejling.error.network'), 0);
    throw error;
  }
  if (response.ok) return response;
  const errorBody = parse(await response.text().catch(() => ''));
  throw refusal(response, (errorBody ?? null) as ErrorBody | null, translate);
};

/** A request to `path` under /api, answered with JSON. */
export const request = async <T>(
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> => {
  const response = await send(path, options);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text, json: parse(text) as T };
};

/**
 * Sends a form with a file (`multipart/form-data`) to `path` under /api, telling
 * `onProgress` the share sent so far (0–1): XMLHttpRequest can, fetch cannot. Resolves to
 * the JSON answer; rejects with an ApiError, as `request` does.
 */
export const upload = <T>(
  path: string,
  form: FormData,
  onProgress: (share: number) => void,
): Promise<T> => {
  const { language, translate } = uiLanguage();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_URL}${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(refusal(xhr, (body ?? null) as ErrorBody | null, translate));
    };
    xhr.onerror = () => reject(new ApiError(translate('pejling.error.network'), 0));
    xhr.send(form);
  });
};

/** A file the server makes (an export), and the name it gave it, if any. */
export const download = async (path: string): Promise<{ blob: Blob; filename?: string }> => {
  const response = await send(path, {});
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return { blob: await response.blob(), filename: /filename="([^"]+)"/.exec(disposition)?.[1] };
};

/**
 * The status and body of a refused request, whichever way it comes: this client's
 * ApiError, or react-admin's HttpError, which the data provider makes of one.
 */
const refusalOf = (error: unknown): { status: number; body?: ErrorBody | null } | undefined =>
  typeof (error as { status?: unknown } | null)?.status === 'number'
    ? (error as { status: number; body?: ErrorBody | null })
    : undefined;

export const statusOf = (error: unknown): number | undefined => refusalOf(error)?.status;

/** The session is gone (401): the person must sign in again. */
export const isSignedOut = (error: unknown): boolean => statusOf(error) === 401;

/** What a 409 says the record is now: someone else changed it first. */
export const currentOf = <T>(error: unknown): T | undefined => {
  const refused = refusalOf(error);
  return refused?.status === 409 ? (refused.body?.['current'] as T | undefined) : undefined;
};

/** The form's fields a refusal named, `{ field: message }` (see `refusal`). */
export const fieldErrorsOf = (error: unknown): Record<string, unknown> | undefined =>
  refusalOf(error)?.body?.['errors'] as Record<string, unknown> | undefined;
