import type { Me } from '@pejling/contracts';
import { startEarly } from './early';
import { onPhone } from './testing/onPhone';

const person = (role: Me['role']) => ({ role, person: { id: 7 } }) as Me;

let answers: Record<string, unknown>;
let asked: string[];
beforeEach(() => {
  answers = {};
  asked = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
    const path = decodeURIComponent(String(url)).split('?')[0];
    asked.push(path);
    const body = answers[path];
    return body === undefined
      ? new Response('{}', { status: 401 })
      : new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
});
afterEach(() => jest.restoreAllMocks());

const loaders = () => ({
  app: jest.fn(async () => undefined),
  frame: jest.fn(async () => undefined),
  reportForm: jest.fn(async () => undefined),
  dashboard: jest.fn(async () => undefined),
});

describe('what the entry asks for before React loads', () => {
  it('is nothing on the pages reached from e-mails that need no session, nor the statement', () => {
    for (const path of ['/set-password?token=x', '/unsubscribe?token=x', '/accessibility']) {
      const code = loaders();
      expect(startEarly(code, path)).toBeUndefined();
      expect(Object.values(code).some((load) => load.mock.calls.length)).toBe(false);
    }
    expect(asked).toEqual([]);
  });

  it('is the frame’s code on the landing of an e-mail’s link, which signs in itself', () => {
    const code = loaders();
    expect(startEarly(code, '/link?token=x')).toBeUndefined();
    expect(code.frame).toHaveBeenCalled();
    expect(asked).toEqual([]);
  });

  it('is the session, the form’s code and data, and the draft once the person is known', async () => {
    answers['/api/auth/me'] = person('owner');
    const code = loaders();
    const early = startEarly(code, '/reporting-rounds/2/report/5');
    expect(code.frame).toHaveBeenCalled();
    expect(code.reportForm).toHaveBeenCalled();
    expect(await early?.me).toEqual(person('owner'));
    const reads = await early?.reads;
    expect(reads?.map((read) => read.key[0])).toEqual([
      'info',
      'reporting-rounds',
      'initiatives',
      'milestones',
      'status-reports',
      'status-reports',
    ]);
    expect(asked.filter((path) => path === '/api/status-reports')).toHaveLength(2);
    expect(code.app).not.toHaveBeenCalled();
  });

  it('is the app’s code once the session says the page is the app’s', async () => {
    answers['/api/auth/me'] = person('secretariat');
    const code = loaders();
    const early = startEarly(code, '/');
    await early?.me;
    await early?.reads;
    expect(code.app).toHaveBeenCalled();
    expect(code.frame).not.toHaveBeenCalled();
  });

  it('is the frame’s dashboard at the start on a phone, with its data, not the app', async () => {
    answers['/api/auth/me'] = person('steering');
    const back = onPhone();
    try {
      const code = loaders();
      const early = startEarly(code, '/');
      expect(code.frame).not.toHaveBeenCalled();
      const reads = await early?.reads;
      expect(reads?.map((read) => read.key)).toEqual([['info'], ['dashboard', undefined]]);
      expect([code.frame, code.dashboard].map((load) => load.mock.calls.length)).toEqual([1, 1]);
      expect(code.app).not.toHaveBeenCalled();
      expect(asked).toEqual(['/api/auth/me', '/api/info', '/api/dashboard']);
    } finally {
      back();
    }
  });

  it('is not the app’s code for an owner at the start, whose page the frame draws', async () => {
    answers['/api/auth/me'] = person('owner');
    const code = loaders();
    await startEarly(code, '/')?.reads;
    expect(code.app).not.toHaveBeenCalled();
  });

  it('is only the session for someone not signed in, who gets the sign-in page', async () => {
    const code = loaders();
    const early = startEarly(code, '/dashboard');
    expect(await early?.me).toBeUndefined();
    expect(await early?.reads).toEqual([]);
    expect(code.app).not.toHaveBeenCalled();
    expect(asked).toEqual(['/api/auth/me']);
  });
});
