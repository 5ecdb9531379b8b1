import {
  QUEUES,
  REMINDER_JOBS,
  type QueuedDigest,
  type ReminderRunResult,
} from '@pejling/contracts';
import {
  databaseUrl,
  preparedState,
  startSmtpServer,
  testDatabaseName,
  type TestSmtpServer,
} from '@pejling/server/testing';
import { type JobType, Queue } from 'bullmq';
import { Client } from 'pg';
import { dropDatabase } from '../support/built-app';
import { BuiltApi, BuiltWorker, startBuiltApi, startBuiltWorker } from '../support/built-worker';
import { stopGracefully } from '../support/processes';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

/**
 * Pejling as it runs when it is scaled: two APIs and two workers, processes of their own,
 * on one Postgres and one Redis, started together on a database that does not exist yet.
 * Whatever one API knows, the other knows; whatever is sent, is sent once.
 */
describe('two APIs and two workers on one database and one Redis', () => {
  const databaseName = testDatabaseName('many');
  const queuePrefix = `pejling-many-${process.pid}`;
  let smtp: TestSmtpServer;
  let apis: BuiltApi[] = [];
  let workers: BuiltWorker[] = [];
  let db: Client;
  let queue: Queue;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // At the same moment: both create, migrate and load the new database, or wait for the
    // other to have done it.
    apis = await Promise.all(
      [1, 2].map(() => startBuiltApi({ databaseName, queuePrefix, env: { SMTP_URL: smtp.url } })),
    );
    workers = await Promise.all(apis.map((api) => startBuiltWorker(api.workerEnv)));
    db = new Client({ connectionString: databaseUrl(databaseName) });
    await db.connect();
    queue = new Queue(QUEUES.reminders, {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: queuePrefix,
    });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(workers.map((worker) => stopGracefully(worker)));
    await queue?.close();
    await db?.end();
    for (const api of apis) await api.stop();
    await dropDatabase(databaseName);
    await smtp?.close();
  });

  it('prepared the new database once: each migration recorded once, the plan and the demo loaded once', async () => {
    const state = await preparedState(databaseName);
    expect(state.ran).toBeGreaterThan(0);
    expect(state).toEqual({
      ran: state.distinct,
      distinct: state.distinct,
      strategies: 1,
      initiatives: 20,
      rounds: 2,
    });
  });

  it('takes a session made on one API on the other, and ends it there for both', async () => {
    const session = new Session(apis[0].url);
    expect((await session.signIn(DEMO.steering)).status).toBe(200);
    const me = (api: BuiltApi) =>
      fetch(`${api.url}/api/auth/me`, { headers: { cookie: session.cookieHeader } });
    expect((await me(apis[1])).status).toBe(200);
    const signOut = await fetch(`${apis[1].url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: session.cookieHeader, origin: apis[1].url },
    });
    expect(signOut.status).toBeLessThan(300);
    expect((await me(apis[0])).status).toBe(401);
  });

  it('counts failed sign-ins across both APIs: after five, either refuses the sixth', async () => {
    const attempt = (api: BuiltApi, password: string) =>
      new Session(api.url).signIn(DEMO.ced, password).then((response) => response.status);
    const failures = [];
    for (const api of [apis[0], apis[1], apis[0], apis[1], apis[0]]) {
      failures.push(await attempt(api, 'not the password'));
    }
    expect(failures).toEqual([401, 401, 401, 401, 401]);
    // Even with the right password, on either.
    expect(await attempt(apis[1], 'pejling-demo')).toBe(429);
    expect(await attempt(apis[0], 'pejling-demo')).toBe(429);
  });

  it('registers the daily scan once, however many workers', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.filter((s) => s.name === REMINDER_JOBS.scan)).toHaveLength(1);
  });

  it('runs the daily scan once at each of its times, across both workers', async () => {
    const [daily] = (await queue.getJobSchedulers()).filter((s) => s.name === REMINDER_JOBS.scan);
    const scanId = daily.id ?? daily.key;
    /** The workers' lines that say a scan of `day` ran. */
    const scanLines = (day: string) =>
      workers
        .flatMap((worker) => worker.output().split('\n'))
        .filter((line) => line.includes(`scan of ${day}:`));
    // Its times, every second for a while: a day long past, so that the scans find nothing
    // to send.
    const day = '2000-01-03';
    await queue.upsertJobScheduler(
      scanId,
      { every: 1_000 },
      { name: REMINDER_JOBS.scan, data: { asOf: day } },
    );
    try {
      await until('five scans', async () => scanLines(day).length >= 5, 30_000);
    } finally {
      // Back to its daily time, as the workers registered it.
      await queue.upsertJobScheduler(
        scanId,
        { pattern: daily.pattern, tz: daily.tz },
        { name: REMINDER_JOBS.scan, data: daily.template?.data, opts: daily.template?.opts },
      );
    }
    const scansOf = async (states: JobType[]) =>
      (await queue.getJobs(states)).filter(
        (job) => job?.name === REMINDER_JOBS.scan && job.data?.asOf === day,
      );
    await until(
      'the last of those scans done',
      async () => (await scansOf(['waiting', 'delayed', 'active', 'prioritized'])).length === 0,
      15_000,
    );
    // One job for each time (its id ends in the time it was due), all of the one
    // scheduler, and each ran once: one line each, whichever worker took it.
    const ran = await scansOf(['completed', 'failed']);
    const times = ran.map((job) => String(job.id).split(':').at(-1));
    expect(new Set(times).size).toBe(ran.length);
    expect(ran.every((job) => job.repeatJobKey === scanId)).toBe(true);
    expect(ran.length).toBeGreaterThanOrEqual(5);
    expect(scanLines(day)).toHaveLength(ran.length);
  });

  it('sends each e-mail once across both workers, loses none when one is stopped mid-batch, and logs each job with the id of the request that queued it', async () => {
    const session = new Session(apis[1].url);
    expect((await session.signIn(DEMO.secretariat)).status).toBe(200);
    // Every message waits a second for the mail server's answer: the stop comes while
    // e-mails are in the air.
    smtp.slow(1_000);
    const both = [...workers];
    const run = await session.fetch('/api/reminders/run', {
      method: 'POST',
      headers: { 'X-Request-Id': 'many-processes-run' },
      body: JSON.stringify({ asOf: '2017-06-15' }),
    });
    expect(run.status).toBe(200);
    const { queued } = (await run.json()) as Extract<ReminderRunResult, { dryRun: false }>;
    const ids = queued.flatMap((digest: QueuedDigest) => digest.deliveryIds);
    expect(ids.length).toBeGreaterThan(0);

    const status = async () =>
      (
        await db.query<{ status: string; messageId: string | null }>(
          `SELECT status, message_id AS "messageId" FROM reminder_deliveries
            WHERE id = ANY($1) ORDER BY id`,
          [ids],
        )
      ).rows;
    await until('an e-mail on its way', async () =>
      (await status()).some((row) => row.status === 'sending'),
    );
    // SIGTERM: the worker takes nothing new, finishes what it is sending and ends (by the
    // signal, as Nest does once it has closed): not killed after the 30 s it is given.
    const [stopped] = workers.splice(0, 1);
    await stopGracefully(stopped, 30_000);
    expect(stopped.child.signalCode).toBe('SIGTERM');

    const rows = await until(
      'every e-mail sent',
      async () => {
        const now = await status();
        return now.every((row) => row.status === 'sent') && now;
      },
      60_000,
    );
    const recorded = [...new Set(rows.map((row) => row.messageId))].sort();
    const received = smtp.received.map((mail) => mail.messageId).sort();
    // Each message once: none lost, none twice.
    expect(received).toEqual(recorded);
    // The workers' lines about each job (written just after its record) carry the id of
    // the request that queued it.
    const sentLines = () =>
      both
        .flatMap((worker) => worker.output().split('\n'))
        .filter((line) => line.includes(': sent (attempt 1)'));
    const lines = await until(
      'a line for each job',
      () => sentLines().length >= queued.length && sentLines(),
    );
    expect(lines).toHaveLength(queued.length);
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ requestId: 'many-processes-run' });
  });
});
