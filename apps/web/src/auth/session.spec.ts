import { ApiError } from '../api/client';
import { SignInError, signInRefusal, signInWithPassword } from './session';

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers });

let fetchMock: jest.SpyInstance;
beforeEach(() => {
  fetchMock = jest.spyOn(globalThis, 'fetch');
});
afterEach(() => jest.restoreAllMocks());

const refusedWith = async (response: Response | Error) => {
  if (response instanceof Error) fetchMock.mockRejectedValue(response);
  else fetchMock.mockResolvedValue(response);
  const error = await signInWithPassword('ane@example.dk', 'a password').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SignInError);
  const { message, args } = error as SignInError;
  return { message, args };
};

describe('signing in with a password', () => {
  it('resolves to the person the server signed in', async () => {
    fetchMock.mockResolvedValue(answer(200, { person: { id: 1 } }));
    await expect(signInWithPassword('ane@example.dk', 'a password')).resolves.toEqual({
      person: { id: 1 },
    });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/auth/login');
    expect(init.body).toBe('{"email":"ane@example.dk","password":"a password"}');
  });

  it('says wrong e-mail or password for a 401, never which', async () => {
    expect(await refusedWith(answer(401, { message: 'Unauthorized' }))).toEqual({
      message: 'pejling.auth.wrong_credentials',
      args: {},
    });
  });

  it('says how many minutes to wait after too many attempts, from Retry-After', async () => {
    expect(await refusedWith(answer(429, {}, { 'Retry-After': '61' }))).toEqual({
      message: 'pejling.auth.throttled',
      args: { smart_count: 2 },
    });
  });

  it('or from the body, or a minute when neither says', async () => {
    expect((await refusedWith(answer(429, { retryAfter: 300 }))).args).toEqual({ smart_count: 5 });
    expect((await refusedWith(answer(429))).args).toEqual({ smart_count: 1 });
  });

  it('says that the server cannot be reached', async () => {
    expect((await refusedWith(new TypeError('Failed to fetch'))).message).toBe(
      'pejling.auth.network',
    );
  });

  it('says that it failed for anything else', async () => {
    expect((await refusedWith(answer(400, { message: 'email must be an email' }))).message).toBe(
      'pejling.auth.failed',
    );
    expect((await refusedWith(answer(503))).message).toBe('pejling.auth.failed');
  });
});

describe('signInRefusal', () => {
  it("uses the caller's key for a 400 (a sign-in link that does not work)", () => {
    expect(signInRefusal(new ApiError('x', 400), 'pejling.link.invalid')).toEqual(
      new SignInError('pejling.link.invalid'),
    );
    expect(signInRefusal(new ApiError('x', 401), 'pejling.link.invalid')).toEqual(
      new SignInError('pejling.auth.failed'),
    );
  });

  it('passes on what is not a refusal', () => {
    const bug = new RangeError('bug');
    expect(signInRefusal(bug, 'pejling.link.invalid')).toBe(bug);
  });
});
