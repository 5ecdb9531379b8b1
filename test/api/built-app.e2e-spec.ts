import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { databaseUrl, testDatabaseName } from '@pejling/server/testing';
import { BuiltApp, dropDatabase, runBuilt, startBuiltApp } from '../support/built-app';
import { childrenOf, freePort } from '../support/processes';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

/** A sheet of a workbook by its header row, to edit it as a person would in Excel. */
function sheetOf(workbook: ExcelJS.Workbook, name: string) {
  const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = (header: string) => headers.indexOf(header) + 1;
  return { sheet, column };
}

/** What a newcomer gets from `npm install && npm start`: the production build, end to end. */
describe('the built app, started as npm start does', () => {
  let app: BuiltApp;
  let session: Session;

  /** Where the API and its worker serve their metrics. */
  let metricsPorts: { api: number; worker: number };

  beforeAll(async () => {
    metricsPorts = { api: await freePort(), worker: await freePort() };
    app = await startBuiltApp({
      env: {
        METRICS_PORT: String(metricsPorts.api),
        WORKER_METRICS_PORT: String(metricsPorts.worker),
      },
    });
    session = new Session(app.url);
    expect((await session.signIn(DEMO.secretariat)).status).toBe(200);
  });
  afterAll(async () => {
    await app.stop();
    await dropDatabase(app.databaseName);
  });

  const get = (path: string) => session.fetch(path);

  it('starts without warnings of its own making, its address and the demo accounts last', () => {
    const printed = app.output();
    expect(printed).not.toMatch(/Unsupported route path|deprecat/i);
    const lines = printed.trimEnd().split('\n');
    expect(lines.slice(-6)).toEqual([
      expect.stringMatching(/^Pejling is ready at http:\/\/127\.0\.0\.1:\d+ \(\d+ ms\)$/),
      'Demo accounts (password: pejling-demo):',
      ...Object.values(DEMO).map((email) => expect.stringContaining(email)),
    ]);
  });

  it('created the database, migrated it and loaded the plan: the 20 initiatives A.1 … E.4', async () => {
    const response = await get('/api/initiatives?range=[0,99]');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('initiatives 0-19/20');
    const codes = (await response.json()).map((i: { code: string }) => i.code);
    expect(codes).toEqual(
      ['A', 'B', 'C', 'D', 'E'].flatMap((a) => [1, 2, 3, 4].map((n) => `${a}.${n}`)),
    );
  });

  it('serves the 5 targets with their values', async () => {
    const targets = await (await get('/api/targets')).json();
    const summary = targets.map(
      (t: {
        number: number;
        series: { key: string; baselineValue: number | null; targetValue: number | null }[];
      }) => [t.number, t.series.map((s) => [s.key, s.baselineValue, s.targetValue])],
    );
    expect(summary).toEqual([
      [1, [['main', 1600, 2000]]],
      [2, [['main', null, null]]],
      [3, [['main', 1800, 2500]]],
      [4, [['main', 900, 1500]]],
      [
        5,
        [
          ['gold', 7, 10],
          ['silver', 2, 10],
        ],
      ],
    ]);
  });

  it('answers POST /api/milestones without a title with a 400 naming title', async () => {
    const response = await session.fetch('/api/milestones', {
      method: 'POST',
      body: JSON.stringify({ initiativeId: 1, dueDate: '2017-09-01' }),
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual([{ field: 'title', messages: ['title: is required'] }]);
  });

  it('runs on the demo date with demo content', async () => {
    expect(await (await get('/api/info')).json()).toEqual({
      today: '2017-06-15',
      fixedToday: true,
      demo: true,
      attachmentMaxBytes: 25 * 1024 * 1024,
    });
    const overdue = await get('/api/milestones?filter={"overdue":true}&range=[0,0]');
    expect(Number(overdue.headers.get('content-range')?.split('/')[1])).toBeGreaterThan(0);
  });

  it('serves the web app at / and keeps unknown API routes as JSON 404s', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<div id="root"');

    // Any other address outside the API is the app too; its files are served as they are.
    const elsewhere = await get('/some/where?x=1');
    expect(elsewhere.status).toBe(200);
    expect(await elsewhere.text()).toContain('<div id="root"');
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    const asset = await get(script ?? '/assets/none.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);

    // Compressed at build time, sent as the browser accepts; hashed assets kept for a year.
    for (const encoding of ['br', 'gzip']) {
      const compressed = await fetch(`${app.url}${script}`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(compressed.headers.get('content-encoding')).toBe(encoding);
      expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // fetch inflates it: the same script as the uncompressed one.
      expect(await compressed.text()).toBe(await (await get(script ?? '')).text());
    }
    for (const path of ['/', '/favicon.svg', '/some/where']) {
      const revalidated = await fetch(`${app.url}${path}`, {
        headers: { 'accept-encoding': 'br' },
      });
      expect(revalidated.headers.get('cache-control')).toBe('no-cache');
    }

    for (const path of ['/api/no-such-thing', '/api']) {
      const missing = await get(path);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toContain('application/json');
    }
  });

  it('compresses its JSON as the client accepts, and sends it whole to one that does not', async () => {
    const read = (path: string, encoding: string) =>
      session.fetch(path, { headers: { 'accept-encoding': encoding } });
    const plain = await read('/api/dashboard', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body = await plain.text();
    expect(body.length).toBeGreaterThan(1024);
    for (const encoding of ['br', 'gzip']) {
      const compressed = await read('/api/dashboard', encoding);
      expect(compressed.status).toBe(200);
      expect(compressed.headers.get('content-encoding')).toBe(encoding);
      expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(Number(compressed.headers.get('content-length'))).toBeLessThan(body.length / 3);
      // fetch inflates it: the same answer, and its ETag still earns a 304.
      expect(await compressed.text()).toBe(body);
      const etag = compressed.headers.get('etag') ?? '';
      const again = await session.fetch('/api/dashboard', {
        headers: { 'accept-encoding': encoding, 'if-none-match': etag },
      });
      expect(again.status).toBe(304);
    }
    // A small answer is not worth it.
    expect((await read('/api/info', 'br')).headers.get('content-encoding')).toBeNull();
  });

  it('publishes its OpenAPI description at /api/docs', async () => {
    expect((await get('/api/docs')).status).toBe(200);
    const spec = await (await get('/api/docs-json')).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/milestones', '/api/milestones/{id}']),
    );
  });

  it('runs a worker beside the API: without a mail server, reminders wait in the outbox', async () => {
    const run = await session.fetch('/api/reminders/run', {
      method: 'POST',
      body: JSON.stringify({ asOf: '2017-06-15' }),
    });
    expect(run.status).toBe(200);
    const { recorded } = await run.json();
    expect(recorded).toBeGreaterThan(0);
    let statuses: string[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      // The demo date's only: the demo's story has sent those of the days before.
      const log = await (
        await get('/api/reminder-deliveries?filter={"from":"2017-06-15"}&range=[0,99]')
      ).json();
      statuses = log.map((d: { status: string }) => d.status);
      if (statuses.every((status) => status === 'outbox')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(statuses).toEqual(Array(recorded).fill('outbox'));
  });

  it('reports its figures on ports of their own: requests by route, the pool, the queue, e-mails, refused sign-ins', async () => {
    const scrape = async (port: number) => {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      return response.text();
    };
    // Never on the public port.
    expect((await fetch(`${app.url}/metrics`)).status).toBe(404);
    const [milestone] = await (await get('/api/milestones?range=[0,0]')).json();
    expect((await get(`/api/milestones/${milestone.id}`)).status).toBe(200);
    const refused = await new Session(app.url).signIn(DEMO.secretariat, 'not the password');
    expect(refused.status).toBe(401);

    const api = await scrape(metricsPorts.api);
    // A route by its template, never by the path with the record's id in it.
    expect(api).toMatch(
      /^pejling_http_request_duration_seconds_count\{method="GET",route="\/api\/milestones\/:id",status="200"\} [1-9]/m,
    );
    expect(api).not.toContain(`route="/api/milestones/${milestone.id}"`);
    expect(api).toMatch(/^pejling_sign_in_failures_total\{reason="wrong_credentials"\} [1-9]/m);
    expect(api).toMatch(/^pejling_db_pool_connections\{state="total"\} [1-9]/m);
    expect(api).toMatch(/^pejling_queue_jobs\{state="waiting"\} \d+$/m);
    // The e-mails the run above put in the outbox.
    expect(api).toMatch(/^pejling_reminder_deliveries\{status="outbox"\} [1-9]/m);
    expect(api).toMatch(/^process_cpu_user_seconds_total \d/m);

    const worker = await scrape(metricsPorts.worker);
    expect(worker).toMatch(/^pejling_queue_jobs\{state="completed"\} \d+$/m);
    expect(worker).toMatch(/^process_resident_memory_bytes \d/m);
  });

  it('keeps serving when its worker dies, and starts the worker again', async () => {
    const health = async () => {
      const response = await fetch(`${app.url}/api/health`);
      return { status: response.status, body: await response.json() };
    };
    expect(await health()).toMatchObject({
      status: 200,
      body: { details: { reminders: { status: 'up' } } },
    });
    const [worker] = await childrenOf(app.pid);
    process.kill(worker, 'SIGKILL');

    // Meanwhile the API serves, and its health check says what is down.
    const down = await until('the health check to report reminders down', async () => {
      const answer = await health();
      return answer.status === 503 && answer;
    });
    // Only the reminders: the database and Redis answer.
    expect(down.body).toEqual({
      statusCode: 503,
      message: expect.any(String),
      error: { reminders: { status: 'down', message: 'the worker beside the API is down' } },
    });
    expect((await get('/api/initiatives?range=[0,0]')).status).toBe(200);

    // A new worker, within a second or so and its start.
    await until('a new worker, ready', async () => (await health()).status === 200, 30_000);
    const workers = await childrenOf(app.pid);
    expect(workers).toHaveLength(1);
    expect(workers).not.toContain(worker);
    expect(app.output()).toContain(
      'the worker exited (SIGKILL); reminders are down, restarting it in 1 s',
    );
  });

  async function downloadPlan(): Promise<Buffer> {
    const response = await get('/api/strategies/1/workbook.xlsx');
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  it('takes back its own workbook, edited in Excel, as exactly the edit', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadPlan()) as unknown as ArrayBuffer);
    const { sheet, column } = sheetOf(workbook, 'Milepæle');
    const moved = sheet.getRow(2);
    const title = String(moved.getCell(column('Titel')).value);
    moved.getCell(column('Frist')).value = new Date(Date.UTC(2018, 11, 14));
    const added = sheet.addRow([]);
    added.getCell(column('Initiativ')).value = 'B.2';
    added.getCell(column('Titel')).value = 'Tilføjet i Excel';
    added.getCell(column('Frist')).value = '01.03.2018';
    const form = new FormData();
    form.append('strategyId', '1');
    form.append('file', new Blob([await workbook.xlsx.writeBuffer()]), 'plan.xlsx');

    const preview = await session.fetch('/api/imports', { method: 'POST', body: form });
    expect(preview.status).toBe(201);
    const body = await preview.json();
    expect(body.summary).toMatchObject({ create: 1, update: 1, conflicts: 0, errors: 0 });
    expect(body.changes.find((c: { action: string }) => c.action === 'update')).toMatchObject({
      sheet: 'milestones',
      fields: [{ field: 'dueDate', after: '14.12.2018' }],
    });
    const apply = await session.fetch(`/api/imports/${body.id}/apply`, {
      method: 'POST',
      body: '{}',
    });
    expect(apply.status).toBe(200);
    const found = await (
      await get(`/api/milestones?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`)
    ).json();
    expect(found.map((m: { dueDate: string }) => m.dueDate)).toContain('2018-12-14');
  });

  it('loads the plan into an empty database from the command line: a preview first, then --apply with the new secretariat confirmed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pejling-plan-'));
    const file = join(dir, 'klyngestrategi.xlsx');
    await writeFile(file, await downloadPlan());
    const name = testDatabaseName('cli');
    const env = {
      DATABASE_URL: databaseUrl(name),
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: `cli-${process.pid}`,
    };
    try {
      const migrate = runBuilt('cli.js', ['migrate'], env);
      expect(await migrate.exited).toBe(0);
      const preview = runBuilt('cli.js', ['plan:import', file], env);
      expect(await preview.exited).toBe(0);
      expect(preview.output()).toMatch(/import \d+ of klyngestrategi\.xlsx: \d+ new, 0 changed/);
      expect(preview.output()).toContain('nothing was written');
      const apply = runBuilt(
        'cli.js',
        ['plan:import', file, '--apply', '--confirm', DEMO.secretariat],
        env,
      );
      expect(await apply.exited).toBe(0);
      const db = new Client({ connectionString: databaseUrl(name) });
      await db.connect();
      const { rows } = await db.query(
        'SELECT (SELECT count(*)::int FROM initiatives) AS initiatives, (SELECT count(*)::int FROM milestones) AS milestones',
      );
      await db.end();
      expect(rows[0].initiatives).toBe(20);
      expect(rows[0].milestones).toBeGreaterThan(80);
    } finally {
      await dropDatabase(name);
    }
  });

  it('backs up its database and restores it into a new one, attachments included: the restored app answers the same', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pejling-backup-')), 'pejling.dump');
    const backup = runBuilt('cli.js', ['backup', file], {
      DATABASE_URL: databaseUrl(app.databaseName),
    });
    expect(await backup.exited).toBe(0);
    expect(backup.output()).toContain(`backed up ${app.databaseName} to ${file}`);

    const name = testDatabaseName('restore');
    const into = { DATABASE_URL: databaseUrl(name) };
    let restored: BuiltApp | undefined;
    try {
      const restore = runBuilt('cli.js', ['restore', file], into);
      expect(await restore.exited).toBe(0);
      // Never over a database that holds something, unless told to replace it.
      const again = runBuilt('cli.js', ['restore', file], into);
      expect(await again.exited).toBe(1);
      expect(again.output()).toContain(`the database "${name}" is not empty`);
      const replace = runBuilt('cli.js', ['restore', file, '--replace'], into);
      expect(await replace.exited).toBe(0);

      restored = await startBuiltApp({ databaseName: name });
      const copy = new Session(restored.url);
      expect((await copy.signIn(DEMO.secretariat)).status).toBe(200);
      /** What the app answers: lists, the March round's frozen report, a file's bytes. */
      const answers = async (read: (path: string) => Promise<Response>) => {
        const json = async (path: string) => (await read(path)).json();
        const rounds: { id: number; state: string }[] = await json('/api/reporting-rounds');
        const closed = rounds.find((round) => round.state === 'closed');
        const report = await json(`/api/reporting-rounds/${closed?.id}/report`);
        const files = report.focusAreas
          .flatMap((area: { initiatives: { report: unknown }[] }) => area.initiatives)
          .flatMap(
            (i: { report: { attachments?: { id: number }[] } | null }) =>
              i.report?.attachments ?? [],
          );
        const paths = ['/api/initiatives?range=[0,99]', '/api/milestones?range=[0,999]'];
        paths.push('/api/audit-events?range=[0,49]', '/api/reminder-deliveries?range=[0,99]');
        const bodies = await Promise.all(paths.map(async (path) => (await read(path)).text()));
        const content = await (await read(`/api/attachments/${files[0].id}/content`)).arrayBuffer();
        return { rounds, report, bodies, content: Buffer.from(content).toString('base64') };
      };
      const original = await answers(get);
      expect(original.content.length).toBeGreaterThan(0);
      expect(await answers((path) => copy.fetch(path))).toEqual(original);
    } finally {
      await restored?.stop();
      await dropDatabase(name);
    }
  });

  it('does not seed again on a second start', async () => {
    const totals = async () =>
      Promise.all(
        ['strategies', 'initiatives', 'milestones', 'people', 'organisations'].map(
          async (resource) => {
            const response = await get(`/api/${resource}?range=[0,0]`);
            return response.headers.get('content-range')?.split('/')[1];
          },
        ),
      );
    const before = await totals();
    await app.stop();
    app = await startBuiltApp({ databaseName: app.databaseName });
    session = new Session(app.url);
    await session.signIn(DEMO.secretariat);
    expect(await totals()).toEqual(before);
    expect(before[0]).toBe('1');
  });
});

describe('configuration', () => {
  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['PEJLING_TODAY', '2017-13-01'],
  ])('a bad %s stops boot with a message naming it', async (name, value) => {
    const run = runBuilt('main.js', [], { [name]: value });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(new RegExp(`Invalid configuration:[\\s\\S]*${name}`));
  });
});
