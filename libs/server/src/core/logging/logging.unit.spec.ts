import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoLevel } from './log-level';
import { requestIdFor } from './request-id';
import { createRequestLogging, createRootLogger } from './request-logging';

describe('pinoLevel', () => {
  it.each([
    ['error', 'error'],
    ['warn', 'warn'],
    ['log', 'info'],
    ['debug', 'debug'],
    ['verbose', 'trace'],
  ] as const)('maps LOG_LEVEL=%s to pino %s', (logLevel, level) => {
    expect(pinoLevel({ logLevel, env: 'production' })).toBe(level);
  });

  it('keeps tests quiet: never below warn under NODE_ENV=test', () => {
    expect(pinoLevel({ logLevel: 'verbose', env: 'test' })).toBe('warn');
    expect(pinoLevel({ logLevel: 'log', env: 'test' })).toBe('warn');
    expect(pinoLevel({ logLevel: 'error', env: 'test' })).toBe('error');
  });
});

describe('requestIdFor', () => {
  const req = (id?: string | string[]) =>
    ({ headers: id === undefined ? {} : { 'x-request-id': id } }) as never;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('keeps a short token', () => {
    expect(requestIdFor(req('abc-123_X.y'))).toBe('abc-123_X.y');
    expect(requestIdFor(req('0f8fad5b-d9cb-469f-a165-70867728950e'))).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(65)],
    ['with a space', 'a b'],
    ['with a line break', 'a\nlevel=error'],
    ['with quotes', '"x"'],
    ['given twice', ['a', 'b']],
  ])('replaces an id that is %s with a new UUID', (_what, id) => {
    expect(requestIdFor(req(id))).toMatch(uuid);
  });
});

describe('the root logger', () => {
  /** What a logger at `logLevel` writes, as parsed JSON lines. */
  const written = (logLevel: 'log' | 'debug') => {
    const lines: { level: number; msg: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    return { lines, logger: createRootLogger({ logLevel, env: 'production' }, sink) };
  };

  it("logs Nest's account of wiring itself up at debug, the app's own lines as they are", () => {
    const normal = written('log');
    normal.logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/milestones, GET} route');
    normal.logger.info({ context: 'InstanceLoader' }, 'CoreModule dependencies initialized');
    normal.logger.info({ context: 'Pejling' }, 'listening on http://localhost:3000');
    normal.logger.warn({ context: 'NestApplication' }, 'something Nest warns about');
    expect(normal.lines.map(({ level, msg }) => [level, msg])).toEqual([
      [30, 'listening on http://localhost:3000'],
      [40, 'something Nest warns about'],
    ]);

    const chatty = written('debug');
    chatty.logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/milestones, GET} route');
    expect(chatty.lines.map(({ level, msg }) => [level, msg])).toEqual([
      [20, 'Mapped {/api/milestones, GET} route'],
    ]);
  });
});

describe('request logging', () => {
  let server: Server;
  let lines: Record<string, unknown>[];
  let url: string;

  beforeAll(async () => {
    lines = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(
          ...String(chunk)
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line)),
        );
        done();
      },
    });
    const logging = createRequestLogging(
      createRootLogger({ logLevel: 'log', env: 'production' }, sink),
    );
    server = createServer((req, res) =>
      logging(req, res, () => {
        req.resume();
        req.on('end', () => {
          res.setHeader('Set-Cookie', 'session=cookie-secret');
          res.statusCode = req.url === '/boom' ? 500 : 201;
          res.end('{}');
        });
      }),
    ).listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (lines.length = 0));

  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('logs method, url, status, duration and request id, and no credentials or body', async () => {
    const res = await fetch(`${url}/api/people?filter={}`, {
      method: 'POST',
      headers: {
        'x-request-id': 'req-42',
        authorization: 'Bearer auth-secret',
        cookie: 'session=cookie-secret',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ password: 'body-secret' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-request-id')).toBe('req-42');
    await settle();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual(
      expect.objectContaining({
        level: 30,
        requestId: 'req-42',
        req: { method: 'POST', url: '/api/people?filter={}' },
        res: { statusCode: 201 },
        responseTime: expect.any(Number),
        msg: 'POST /api/people?filter={} 201',
      }),
    );
    expect(JSON.stringify(lines)).not.toMatch(/secret|authorization|cookie/i);
  });

  it('generates an id when none is given, and logs a 5xx as an error', async () => {
    const res = await fetch(`${url}/boom`);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await settle();
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, requestId: id, res: { statusCode: 500 } }),
    ]);
    expect(lines[0]).not.toHaveProperty('err');
  });

  it('redacts credentials wherever a log call puts them', () => {
    const out: string[] = [];
    const logger = createRootLogger(
      { logLevel: 'log', env: 'production' },
      { write: (line: string) => out.push(line) },
    );
    logger.info({
      req: { headers: { authorization: 'Bearer a-secret', cookie: 'c-secret' } },
      user: { password: 'p-secret' },
      password: 'q-secret',
    });
    expect(out.join('')).not.toContain('secret');
    expect(out.join('')).toContain('[redacted]');
  });
});
