import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';

// Two built apps and a browser: more than Jest's default 5 s (the e2e project's testTimeout
// is not applied when Jest runs from the root config with several projects).
jest.setTimeout(60_000);

/** A Content-Security-Policy header as directive → its sources. */
function parseCsp(header: string | null): Map<string, string[]> {
  expect(header).toEqual(expect.any(String));
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** Traces of internals that an error answer must never carry. */
const STACK = /\bat \S+ \(|\.(js|ts):\d+|\bstack\b/i;
const SQL =
  /\b(select\b[\s\S]*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from)\b|QueryFailedError|syntax error at or near|duplicate key value|violates .* constraint|relation "/i;

/** The HTTP layer of the production build, as a browser or an attacker meets it. */
describe('HTTP hardening of the built app', () => {
  let app: BuiltApp;

  beforeAll(async () => {
    // LOG_LEVEL=log: the request log lines are part of what is tested.
    app = await startBuiltApp({ env: { LOG_LEVEL: 'log' } });
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await dropDatabase(app.databaseName);
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, { headers });
  const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  describe('security headers', () => {
    // The web app, one of its files, API answers of every kind, and the API docs. The
    // liveness check, not readiness: on a busy machine readiness may rightly answer 503
    // while Redis or the database is slow to answer the API just started.
    const PATHS = [
      '/',
      '/favicon.svg',
      '/api/health/live',
      '/api/info',
      '/api/no-such-thing',
      '/api/docs',
    ];

    it.each(PATHS)('%s has the CSP and helmet headers, and no x-powered-by', async (path) => {
      const res = await get(path);
      expect(res.status).toBeLessThan(500);
      const h = res.headers;
      const csp = parseCsp(h.get('content-security-policy'));
      expect(Object.fromEntries(csp)).toEqual(
        expect.objectContaining({
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
        }),
      );
      expect(h.get('content-security-policy')).not.toContain("'unsafe-eval'");
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect({
        'x-content-type-options': h.get('x-content-type-options'),
        'x-frame-options': h.get('x-frame-options'),
        'referrer-policy': h.get('referrer-policy'),
        'cross-origin-opener-policy': h.get('cross-origin-opener-policy'),
        'cross-origin-resource-policy': h.get('cross-origin-resource-policy'),
        // Over plain http (APP_URL is http here), no HSTS.
        'strict-transport-security': h.get('strict-transport-security'),
        'x-powered-by': h.get('x-powered-by'),
      }).toEqual({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'strict-transport-security': null,
        'x-powered-by': null,
      });
    });

    it('sends HSTS and upgrade-insecure-requests when APP_URL is https', async () => {
      const https = await startBuiltApp({
        databaseName: app.databaseName,
        env: { APP_URL: 'https://pejling.example.dk' },
      });
      try {
        for (const path of ['/', '/api/health']) {
          const res = await fetch(`${https.url}${path}`);
          expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
          expect(
            parseCsp(res.headers.get('content-security-policy')).has('upgrade-insecure-requests'),
          ).toBe(true);
        }
      } finally {
        await https.stop();
      }
    });
  });

  describe('CORS stays off', () => {
    const FOREIGN = { origin: 'https://elsewhere.example' };

    it('answers a request from another origin without any Access-Control header', async () => {
      for (const res of [await get('/api/health', FOREIGN), await get('/', FOREIGN)]) {
        const cors: string[] = [];
        res.headers.forEach(
          (_value, name) => name.startsWith('access-control-') && cors.push(name),
        );
        expect(cors).toEqual([]);
      }
    });

    it('does not approve a preflight', async () => {
      const res = await fetch(`${app.url}/api/milestones`, {
        method: 'OPTIONS',
        headers: {
          ...FOREIGN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-methods')).toBeNull();
    });
  });

  describe('request bodies', () => {
    it('answers a 300 kB JSON body with 413 in JSON', async () => {
      const res = await postJson('/api/milestones', JSON.stringify({ title: 'x'.repeat(300_000) }));
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: expect.any(String),
      });
    });

    it('reads a 200 kB JSON body (under the 256 kB limit)', async () => {
      const res = await postJson('/api/milestones', JSON.stringify({ title: 'x'.repeat(200_000) }));
      expect(res.status).not.toBe(413);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe('error answers carry no internals', () => {
    const cases: [string, () => Promise<Response>, number][] = [
      ['an unknown API route', () => get('/api/no-such-thing'), 404],
      ['malformed JSON', () => postJson('/api/milestones', '{"title": "x",'), 400],
      ['a body over the limit', () => postJson('/api/milestones', `"${'y'.repeat(300_000)}"`), 413],
      [
        'an unknown charset',
        () =>
          postJson('/api/milestones', '{}', {
            'content-type': 'application/json; charset=klingon',
          }),
        415,
      ],
    ];

    it.each(cases)('%s: the API error shape, no stack, no SQL', async (_what, send, status) => {
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/json');
      const text = await res.text();
      const body = JSON.parse(text);
      expect(Object.keys(body).sort()).toEqual(['error', 'message', 'statusCode']);
      expect(body.statusCode).toBe(status);
      expect(text).not.toMatch(STACK);
      expect(text).not.toMatch(SQL);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    });
  });

  describe('request ids and request logs', () => {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

    /** The request log lines the app has printed for one request id; waits for them. */
    async function logLinesOf(requestId: string): Promise<Record<string, unknown>[]> {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const lines = app
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{') && line.includes(requestId))
          .map((line) => JSON.parse(line))
          .filter((line) => 'req' in line);
        if (lines.length > 0 || Date.now() > deadline) return lines;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    it('echoes a sane X-Request-Id, on pages, API answers and errors alike', async () => {
      const echoed = {
        page: (await get('/', { 'x-request-id': 'e2e-page-1' })).headers.get('x-request-id'),
        api: (await get('/api/health', { 'x-request-id': 'e2e-api-1' })).headers.get(
          'x-request-id',
        ),
        tooLarge: (
          await postJson('/api/milestones', `"${'z'.repeat(300_000)}"`, {
            'x-request-id': 'e2e-413-1',
          })
        ).headers.get('x-request-id'),
      };
      expect(echoed).toEqual({ page: 'e2e-page-1', api: 'e2e-api-1', tooLarge: 'e2e-413-1' });
    });

    it('generates a new id for each request that has none, or one that is not a sane token', async () => {
      const ids = [];
      for (const given of [undefined, undefined, 'has spaces in it', 'x'.repeat(200), 'a"b']) {
        const res = await get('/api/health', given === undefined ? {} : { 'x-request-id': given });
        ids.push(res.headers.get('x-request-id'));
      }
      for (const id of ids) expect(id).toMatch(UUID);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('logs each request as one JSON line with method, url, status, duration and request id', async () => {
      await get('/api/no-such-thing?x=1', { 'x-request-id': 'e2e-log-1' });
      expect(await logLinesOf('e2e-log-1')).toEqual([
        expect.objectContaining({
          level: 30,
          requestId: 'e2e-log-1',
          req: { method: 'GET', url: '/api/no-such-thing?x=1' },
          res: { statusCode: 404 },
          responseTime: expect.any(Number),
        }),
      ]);
    });

    it('logs no body, cookie or Authorization header', async () => {
      await postJson(
        '/api/auth/login',
        JSON.stringify({ email: 'a@b.dk', password: 'body-secret-789' }),
        {
          'x-request-id': 'e2e-log-2',
          cookie: 'pejling_session=cookie-secret-123',
          authorization: 'Bearer auth-secret-456',
        },
      );
      const lines = await logLinesOf('e2e-log-2');
      expect(lines.length).toBeGreaterThan(0);
      expect(app.output()).not.toMatch(/body-secret|cookie-secret|auth-secret/);
    });
  });

  describe('in a browser', () => {
    let browser: Browser;
    let page: Page;
    let cspMessages: string[];

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());
    beforeEach(async () => {
      page = await browser.newPage({ locale: 'da-DK' });
      cspMessages = [];
      page.on('console', (m) => {
        if (/Content[- ]Security[- ]Policy/i.test(m.text())) cspMessages.push(m.text());
      });
      // Recorded by the page itself: an init script is not subject to the page's CSP.
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
    });
    afterEach(() => page.close());

    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    it('loads the web app (or its sign-in page) with no CSP violation', async () => {
      await page.goto(app.url, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => (document.getElementById('root')?.children.length ?? 0) > 0);
      // MUI's run-time <style> elements are in, and the bundled Roboto has loaded.
      await page.evaluate(() => document.fonts.ready);
      expect(
        await page.evaluate(() => {
          let roboto = false;
          document.fonts.forEach((f) => {
            if (f.family.includes('Roboto') && f.status === 'loaded') roboto = true;
          });
          return {
            emotionStyles: document.querySelectorAll('style[data-emotion]').length > 0,
            roboto,
          };
        }),
      ).toEqual({ emotionStyles: true, roboto: true });
      await page.waitForTimeout(500);
      expect({ violations: await violations(), console: cspMessages }).toEqual({
        violations: [],
        console: [],
      });
    });

    it('loads the API docs (Swagger UI) with no CSP violation', async () => {
      await page.goto(`${app.url}/api/docs`, { waitUntil: 'networkidle' });
      await page.locator('.swagger-ui .info .title', { hasText: 'Pejling API' }).waitFor();
      await page.locator('.opblock').first().waitFor();
      expect({ violations: await violations(), console: cspMessages }).toEqual({
        violations: [],
        console: [],
      });
    });

    it('would notice a violation: an injected inline script is blocked and reported', async () => {
      await page.goto(app.url, { waitUntil: 'networkidle' });
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true';
        document.body.appendChild(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
      });
      expect(ran).toBe(false);
      expect(await violations()).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
      expect(cspMessages).toEqual([expect.stringContaining('inline script')]);
    });
  });
});
