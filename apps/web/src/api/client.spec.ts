import type { Translate } from '../i18n/types';
import { setUiLanguage } from '../i18n/uiLanguage';
import {
  ApiError,
  currentOf,
  download,
  fieldErrorsOf,
  isSignedOut,
  refusal,
  request,
  statusOf,
} from './client';

/** Says which message was asked for, and with what, so a test can read both. */
const translate: Translate = (key, args) => (args ? `${key} ${JSON.stringify(args)}` : key);

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    statusText: `status ${status}`,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

let fetchMock: jest.SpyInstance;
beforeEach(() => {
  fetchMock = jest.spyOn(globalThis, 'fetch');
  setUiLanguage('en', translate);
});
afterEach(() => jest.restoreAllMocks());

const sent = (call = 0) => {
  const [url, init] = fetchMock.mock.calls[call] as [string, RequestInit];
  return { url, init, headers: new Headers(init.headers) };
};

describe('request', () => {
  it('asks /api for JSON in the UI language, with the session cookie', async () => {
    fetchMock.mockResolvedValue(answer(200, { id: 1 }, { 'Content-Range': 'x 0-0/1' }));
    const response = await request<{ id: number }>('/initiatives/1');
    expect(response.json).toEqual({ id: 1 });
    expect(response.headers.get('Content-Range')).toBe('x 0-0/1');
    const { url, init, headers } = sent();
    expect(url).toBe('/api/initiatives/1');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Accept-Language')).toBe('en');
    expect(headers.has('Content-Type')).toBe(false);
  });

  it('sends a body as JSON, and a string as it is', async () => {
    fetchMock.mockImplementation(async () => answer(201, {}));
    await request('/comments', { method: 'POST', body: { body: 'Hej' } });
    await request('/comments', { method: 'POST', body: '{"body":"Hej"}' });
    expect(sent(0).init.body).toBe('{"body":"Hej"}');
    expect(sent(1).init.body).toBe('{"body":"Hej"}');
    expect(sent(0).headers.get('Content-Type')).toBe('application/json');
  });

  it("keeps the caller's headers and passes the AbortSignal on", async () => {
    fetchMock.mockResolvedValue(answer(200, []));
    const { signal } = new AbortController();
    await request('/milestones', { headers: { Range: 'milestones=0-9' }, signal });
    expect(sent().headers.get('Range')).toBe('milestones=0-9');
    expect(sent().init.signal).toBe(signal);
  });

  it('reads an empty answer as no JSON', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    expect((await request('/calendar-link', { method: 'DELETE' })).json).toBeUndefined();
  });

  it('follows the UI language as it changes', async () => {
    fetchMock.mockImplementation(async () => answer(200, {}));
    setUiLanguage('da', translate);
    await request('/info');
    expect(sent().headers.get('Accept-Language')).toBe('da');
  });

  it('rejects a refusal with an ApiError: status, body and a readable message', async () => {
    fetchMock.mockResolvedValue(answer(403, { message: 'not your initiative' }));
    const error = await request('/initiatives/3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 403,
      body: { message: 'not your initiative' },
      message: 'pejling.error.forbidden {"detail":"not your initiative"}',
    });
  });

  it('says that the server cannot be reached (status 0) when fetch fails', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(request('/info')).rejects.toMatchObject({
      status: 0,
      message: 'pejling.error.network',
    });
  });

  it('passes an abort on as it is', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    fetchMock.mockRejectedValue(abort);
    await expect(request('/info')).rejects.toBe(abort);
  });
});

describe('download', () => {
  it('gives the file and the name the server gave it', async () => {
    fetchMock.mockResolvedValue(
      new Response('a;b', {
        headers: { 'Content-Disposition': 'attachment; filename="milepaele.csv"' },
      }),
    );
    const file = await download('/milestones/export.csv');
    expect(file.filename).toBe('milepaele.csv');
    expect(await file.blob.text()).toBe('a;b');
  });

  it('rejects a refusal as a request does, with the server’s words as its detail', async () => {
    fetchMock.mockResolvedValue(answer(400, { message: 'too many rows' }));
    await expect(download('/milestones/export.xlsx')).rejects.toMatchObject({
      status: 400,
      detail: 'too many rows',
    });
  });
});

describe('refusal: what a person reads when the server refuses', () => {
  const refused = (status: number, body: Record<string, unknown> | null) =>
    refusal({ status, statusText: `status ${status}` }, body, translate);

  it('a 409 is a conflict with the stored data, with the server’s words if any', () => {
    expect(refused(409, { message: 'stale version' }).message).toBe(
      'pejling.error.conflict_detail {"detail":"stale version"}',
    );
    expect(refused(409, null).message).toBe('pejling.error.conflict {"detail":""}');
  });

  it('a 403 with the server’s words says it is not allowed', () => {
    expect(refused(403, { message: 'no' }).message).toBe('pejling.error.forbidden {"detail":"no"}');
    expect(refused(403, null).message).toBe('status 403');
  });

  it('a 400 says the server refused it, its list of words joined', () => {
    const error = refused(400, { message: ['title: too long', 'dueDate: missing'] });
    expect(error.message).toBe(
      'pejling.error.rejected {"detail":"title: too long; dueDate: missing"}',
    );
    expect(error.detail).toBe('title: too long; dueDate: missing');
  });

  it("a 400 naming fields gives react-admin's form errors, without the field's name", () => {
    const error = refused(400, {
      message: ['title: too long'],
      errors: [
        { field: 'title', messages: ['title: too long', 'title: has a tab'] },
        { field: 'dueDate', messages: ['dueDate: missing'] },
      ],
    });
    expect(error.body?.['errors']).toEqual({
      title: 'too long has a tab',
      dueDate: 'missing',
      root: { serverError: 'pejling.error.rejected {"detail":"title: too long"}' },
    });
    expect(error.body?.['message']).toEqual(['title: too long']);
  });

  it('anything else says what the server said, else the status text', () => {
    expect(refused(404, { message: 'no such initiative' }).message).toBe('no such initiative');
    expect(refused(500, null)).toMatchObject({ message: 'status 500', detail: 'status 500' });
  });

  it('keeps the headers (how long to wait after too many sign-ins)', () => {
    const headers = new Headers({ 'Retry-After': '120' });
    const error = refusal({ status: 429, statusText: '', headers }, null, translate);
    expect(error.headers.get('Retry-After')).toBe('120');
  });
});

describe('reading a failure, from the client or from the data provider', () => {
  /** react-admin's HttpError, as the data provider passes a refusal on. */
  const httpError = (status: number, body: unknown) =>
    Object.assign(new Error('refused'), { name: 'HttpError', status, body });

  it('statusOf and isSignedOut read the status of either', () => {
    expect(statusOf(new ApiError('x', 401))).toBe(401);
    expect(statusOf(httpError(404, null))).toBe(404);
    expect(statusOf(new Error('x'))).toBeUndefined();
    expect(statusOf(undefined)).toBeUndefined();
    expect(isSignedOut(httpError(401, null))).toBe(true);
    expect(isSignedOut({ status: 401 })).toBe(true);
    expect(isSignedOut(new ApiError('x', 403))).toBe(false);
  });

  it('currentOf gives the record a 409 carries, and nothing for another status', () => {
    const current = { id: 1, version: 4 };
    expect(currentOf(httpError(409, { current }))).toEqual(current);
    expect(currentOf(new ApiError('x', 409, { current }))).toEqual(current);
    expect(currentOf(httpError(400, { current }))).toBeUndefined();
    expect(currentOf(httpError(409, null))).toBeUndefined();
  });

  it('fieldErrorsOf gives the form errors a refusal carries', () => {
    expect(fieldErrorsOf(httpError(400, { errors: { title: 'too long' } }))).toEqual({
      title: 'too long',
    });
    expect(fieldErrorsOf(httpError(400, { message: 'no' }))).toBeUndefined();
    expect(fieldErrorsOf(new TypeError('x'))).toBeUndefined();
  });
});
