import { Client } from 'pg';
import type { Response } from 'supertest';
import type { MilestoneRecord } from '@pejling/contracts';
import { Factory } from '../testing/factories';
import { startTcpProxy, TcpProxy } from '../testing/tcp-proxy';
import { createTestApp, TestApp } from '../testing/test-app';
import { databaseUrl } from '../testing/test-database';

/**
 * A database that goes away (a restart of Postgres takes about 0.3 s) costs the requests
 * that meet it a 503 with Retry-After, never a 500; the API comes back by itself. The app
 * reaches Postgres through a proxy the test takes down and brings back.
 */
describe('while the database is away', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  /** A connection of the test's own, straight to the app's database. */
  let direct: Client;
  let milestone: MilestoneRecord;

  beforeAll(async () => {
    proxy = await startTcpProxy({ host: '127.0.0.1', port: 5432 });
    t = await createTestApp(undefined, { databaseVia: proxy.via });
    direct = new Client({
      connectionString: databaseUrl(new URL(t.config.databaseUrl).pathname.slice(1)),
    });
    await direct.connect();
    const f = new Factory(t);
    const strategy = await f.strategy();
    const area = await f.focusArea({ strategyId: strategy.id, code: 'A' });
    const initiative = await f.initiative({ focusAreaId: area.id, code: 'A.1' });
    milestone = await f.milestone({ initiativeId: initiative.id, title: 'Workshop' });
  });
  afterAll(async () => {
    await direct.end();
    await t.close();
    await proxy.close();
  });

  const expectUnavailable = (res: Response) =>
    expect({ status: res.status, retryAfter: res.headers['retry-after'], body: res.body }).toEqual({
      status: 503,
      retryAfter: '3',
      body: {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the database cannot be reached just now; try again in a few seconds',
        retryAfter: 3,
      },
    });

  it.each([
    ['reading its row', 'SELECT 1 FROM milestones WHERE id = $1 FOR UPDATE'],
    ['writing its audit event', 'LOCK TABLE audit_events IN SHARE MODE'],
  ])(
    'answers 503 to a write whose connection Postgres ends while it is %s, and changes nothing',
    async (_when, hold) => {
      // The test holds what the PUT needs, so that the PUT waits there, in its transaction.
      await direct.query('BEGIN');
      await direct.query(hold, hold.includes('$1') ? [milestone.id] : []);
      let res: Response;
      try {
        res = await terminatedUnder(
          t
            .http()
            .put(`/api/milestones/${milestone.id}`)
            .send({ ...milestone, title: 'Workshop om klima' })
            .then((answer) => answer),
        );
      } finally {
        await direct.query('ROLLBACK');
      }
      expectUnavailable(res);

      const read = await t.http().get(`/api/milestones/${milestone.id}`).expect(200);
      expect(read.body).toEqual(milestone);
    },
  );

  /** `pending`'s answer, once every connection of the app has ended while it waited. */
  async function terminatedUnder(pending: Promise<Response>): Promise<Response> {
    await until(async () => {
      const { rows } = await direct.query(
        `SELECT 1 FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'
            AND pid <> pg_backend_pid()`,
      );
      return rows.length > 0;
    });
    // As a restart does: every connection of the app ends ("terminating connection due to
    // administrator command", 57P01).
    await direct.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return pending;
  }

  it('answers 503 to reads and writes while it is down (and to the readiness check, not the liveness one), and serves again once it is back', async () => {
    await proxy.down();
    try {
      expectUnavailable(await t.http().get('/api/milestones'));
      // Not ready, but alive: nothing to restart.
      const ready = await t.http().get('/api/health').expect(503);
      expect(ready.body.error).toMatchObject({ database: { status: 'down' } });
      expect((await t.http().get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
      expectUnavailable(
        await t
          .http()
          .post('/api/strategies')
          .send({ name: 'Ny', periodStart: '2020-01-01', periodEnd: '2022-12-31' }),
      );
    } finally {
      await proxy.up();
    }
    await t.http().get('/api/milestones').expect(200);
    await t
      .http()
      .put(`/api/milestones/${milestone.id}`)
      .send({ ...milestone, title: 'Workshop om klima' })
      .expect(200);
  });
});

/** Polls `done` every 10 ms until it holds; fails after 5 s. */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (const started = Date.now(); !(await done());) {
    if (Date.now() - started > 5_000) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
