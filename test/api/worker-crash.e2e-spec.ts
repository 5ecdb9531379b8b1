import {
  QUEUES,
  REMINDER_JOBS,
  type QueuedDigest,
  type ReminderRunResult,
} from '@pejling/contracts';
import { databaseUrl, startSmtpServer, TestSmtpServer } from '@pejling/server/testing';
import { Job, type JobType, Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { Client } from 'pg';
import { dropDatabase } from '../support/built-app';
import { BuiltApi, BuiltWorker, startBuiltApi, startBuiltWorker } from '../support/built-worker';
import { stopGracefully } from '../support/processes';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

/**
 * BullMQ's defaults, which the worker keeps: a job's lock lasts 30 s (renewed while its
 * worker lives), and the stalled-job check runs every 30 s, moving back to the queue what
 * an earlier check saw active and whose lock has expired since. A job of a killed worker
 * is taken again within about a minute; the wait allows as much again for the new worker to
 * start and send on a busy machine (CI runs other browser suites beside this one).
 */
const STALLED_RECOVERY_MS = 120_000;

interface DeliveryRow {
  id: number;
  status: string;
  messageId: string | null;
  email: string;
}

const addressOf = (mail: ParsedMail) =>
  mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined;

/**
 * The worker as a process of its own beside the built API (`npm run start:worker`), on
 * the demo database, sending over SMTP to a test server that takes its time to answer.
 * Delivery means the server's 250 (see startSmtpServer): what a vanished worker had not
 * been answered for was not delivered, and must be sent again, once.
 *
 * SMTP cannot make a send exactly once. The promise: nothing missing, and a duplicate
 * only after a crash between the mail server's 250 and the record, carrying the same
 * Message-ID (so that mail systems can drop it), with working links in both copies.
 */
describe('a worker process stopped while it sends reminders', () => {
  let smtp: TestSmtpServer;
  let api: BuiltApi;
  let db: Client;
  let queue: Queue;
  let session: Session;
  const workers: BuiltWorker[] = [];

  beforeEach(async () => {
    smtp = await startSmtpServer();
    api = await startBuiltApi({ env: { SMTP_URL: smtp.url } });
    db = new Client({ connectionString: databaseUrl(api.databaseName) });
    await db.connect();
    queue = new Queue(QUEUES.reminders, {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: api.queuePrefix,
    });
    session = new Session(api.url);
    expect((await session.signIn(DEMO.secretariat)).status).toBe(200);
  });
  afterEach(async () => {
    // A worker still running is stopped before the queues are removed under it.
    await Promise.all(workers.splice(0).map((worker) => stopGracefully(worker)));
    await queue?.close();
    await db?.end();
    await api?.stop();
    if (api) await dropDatabase(api.databaseName);
    await smtp?.close();
  });

  const startWorker = async () => {
    const worker = await startBuiltWorker(api.workerEnv);
    workers.push(worker);
    return worker;
  };

  /** `POST /api/reminders/run` for the demo date: one digest job per recipient. */
  const runReminders = async (): Promise<QueuedDigest[]> => {
    const res = await session.fetch('/api/reminders/run', {
      method: 'POST',
      body: JSON.stringify({ asOf: '2017-06-15' }),
    });
    expect(res.status).toBe(200);
    const { queued } = (await res.json()) as Extract<ReminderRunResult, { dryRun: false }>;
    // The demo date has several recipients: enough for one to be sent while others are not.
    expect(queued.length).toBeGreaterThanOrEqual(3);
    return queued;
  };

  /** The e-mail addresses of people, in the order of their ids. */
  const emailsOf = async (ids: number[]): Promise<string[]> => {
    const { rows } = await db.query<{ email: string }>(
      'SELECT email FROM people WHERE id = ANY($1::int[]) ORDER BY array_position($1::int[], id)',
      [ids],
    );
    return rows.map((row) => row.email);
  };

  /**
   * Who a run for the demo date would send to, by person id (the order of its digests),
   * and how many milestones each would be reminded of.
   */
  const dueRecipients = async (): Promise<{ email: string; milestones: number }[]> => {
    const res = await session.fetch('/api/reminders/run', {
      method: 'POST',
      body: JSON.stringify({ asOf: '2017-06-15', dryRun: true }),
    });
    expect(res.status).toBe(200);
    const { due } = (await res.json()) as Extract<ReminderRunResult, { dryRun: true }>;
    const ids = [...new Set(due.map((d) => d.recipientPersonId))].sort((a, b) => a - b);
    const emails = await emailsOf(ids);
    return ids.map((id, i) => ({
      email: emails[i],
      milestones: new Set(due.filter((d) => d.recipientPersonId === id).map((d) => d.milestoneId))
        .size,
    }));
  };

  const deliveries = async (digests: QueuedDigest[]): Promise<DeliveryRow[]> => {
    const { rows } = await db.query<DeliveryRow>(
      `SELECT d.id::int, d.status, d.message_id AS "messageId", p.email
         FROM reminder_deliveries d JOIN people p ON p.id = d.recipient_person_id
        WHERE d.id = ANY($1) ORDER BY d.id`,
      [digests.flatMap((d) => d.deliveryIds)],
    );
    return rows;
  };

  /**
   * The digest jobs' counts: not the schedules' (the daily scan, the check of the queue),
   * nor the check a worker runs as it starts.
   */
  const jobCounts = async () => {
    const count = async (state: JobType) =>
      (await queue.getJobs([state])).filter((job) => job.name === REMINDER_JOBS.sendDigest).length;
    return {
      active: await count('active'),
      waiting: await count('waiting'),
      prioritized: await count('prioritized'),
      delayed: await count('delayed'),
      completed: await count('completed'),
      failed: await count('failed'),
    };
  };

  /**
   * Every digest's deliveries are `sent`, and each recipient got exactly the messages whose
   * Message-IDs their deliveries record (one digest, or one mail per milestone for who
   * chose so): none missing, and nothing to anybody else; none twice, but for the messages
   * in `copied`: those the mail server had accepted (its 250) when their worker died,
   * before it could record them. Their copy carries the same Message-ID.
   */
  const expectEachDeliveredOnce = async (digests: QueuedDigest[], copied: string[] = []) => {
    const rows = await deliveries(digests);
    expect(rows).toHaveLength(digests.flatMap((d) => d.deliveryIds).length);
    expect(rows.filter((row) => row.status !== 'sent' || !row.messageId)).toEqual([]);

    const recipients = [...new Set(rows.map((row) => row.email))].sort();
    expect(recipients).toHaveLength(digests.length);
    expect([...new Set(smtp.received.map(addressOf))].sort()).toEqual(recipients);
    const recorded = (email: string) =>
      [...new Set(rows.filter((row) => row.email === email).map((row) => row.messageId))]
        .flatMap((id) => (copied.includes(id as string) ? [id, id] : [id]))
        .sort();
    const got = (email: string) =>
      smtp.received
        .filter((mail) => addressOf(mail) === email)
        .map((mail) => mail.messageId)
        .sort();
    expect(recipients.map((email) => ({ email, messageIds: got(email) }))).toEqual(
      recipients.map((email) => ({ email, messageIds: recorded(email) })),
    );
  };

  /** Whether a sign-in link from an e-mail signs its person in. */
  const signsIn = async (mail: ParsedMail | undefined): Promise<number> => {
    const token = /#\/link\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    const res = await fetch(`${api.url}/api/auth/link`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: api.url },
      body: JSON.stringify({ token }),
    });
    return res.status;
  };

  it('sends every digest when the worker is killed mid-send, and a copy only of what the server had accepted, with the same Message-ID and working links', async () => {
    const first = await startWorker();
    // Every message waits 3 s for its answer but three: one recipient's digest, answered
    // at once; the first of the e-mails of a recipient who gets one per milestone; and one
    // digest answered after 1.5 s, whose record the test holds up (a lock on its rows), so
    // that the worker dies after the server's 250 and before its record: the one window
    // in which a copy is unavoidable. The kill comes when those are answered and the
    // others are in the air. Who they are is known before the run (a dry run).
    const due = await dueRecipients();
    // Each digest is a job, and a worker runs 5 at once: all of them are in the air.
    expect(due.length).toBeLessThanOrEqual(5);
    const perItem = due.find((r) => r.milestones >= 2)?.email as string;
    expect(perItem).toBeDefined();
    await db.query(`UPDATE people SET reminder_mode = 'per_item' WHERE email = $1`, [perItem]);
    const [fast, window] = due.map((r) => r.email).filter((email) => email !== perItem);
    expect(window).toBeDefined();
    const slow = due.map((r) => r.email).filter((email) => email !== fast && email !== window);
    smtp.slow(3_000);
    smtp.slow(0, fast);
    smtp.slow(0, perItem, 1);
    smtp.slow(1_500, window);
    const digests = await runReminders();
    expect(await emailsOf(digests.map((d) => d.personId))).toEqual(due.map((r) => r.email));

    // The window's digest is claimed (its Message-ID and links committed) and on its way:
    // from now on its rows are held, and its worker cannot record what the server answers.
    const locker = new Client({ connectionString: databaseUrl(api.databaseName) });
    await locker.connect();
    await until(
      'the window’s digest claimed',
      async () =>
        (await deliveries(digests)).some((row) => row.email === window && row.status === 'sending'),
      10_000,
    );
    await locker.query('BEGIN');
    await locker.query(
      `SELECT d.id FROM reminder_deliveries d JOIN people p ON p.id = d.recipient_person_id
        WHERE p.email = $1 FOR UPDATE`,
      [window],
    );

    const sentTo = (email: string) =>
      smtp.received.filter((mail) => addressOf(mail) === email).length;
    const waitingOnTheLock = async () =>
      (
        await db.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
          [api.databaseName],
        )
      ).rows;
    await until(
      'the fast digests sent, the window’s accepted but not recorded, the others arriving',
      async () =>
        sentTo(fast) === 1 &&
        sentTo(perItem) === 1 &&
        sentTo(window) === 1 &&
        (await waitingOnTheLock()).length === 1 &&
        smtp.arrived() - smtp.received.length === slow.length &&
        (await deliveries(digests)).some((row) => row.email === perItem && row.status === 'sent'),
      10_000,
    );
    first.child.kill('SIGKILL');
    await first.exited;
    // The dead worker's statement still waits for the lock; Postgres would run it once
    // the lock is gone, not knowing that its client has gone too.
    for (const { pid } of await waitingOnTheLock()) {
      await db.query('SELECT pg_terminate_backend($1)', [pid]);
    }
    await locker.query('ROLLBACK');
    await locker.end();
    expect(smtp.received.map(addressOf).sort()).toEqual([fast, perItem, window].sort());

    // The sends in progress were not answered before the client vanished: not delivered.
    // The first e-mail per milestone was recorded in a transaction of its own, and stays
    // sent. The window's digest went out, but stays `sending`, with the Message-ID of the
    // copy that went out.
    await until(
      'the server to give up on them',
      () => smtp.abandoned.length === slow.length,
      5_000,
    );
    expect(smtp.abandoned.map(addressOf).sort()).toEqual([...slow].sort());
    const afterKill = await deliveries(digests);
    expect(afterKill.filter((row) => row.email === fast).map((row) => row.status)).toEqual(
      afterKill.filter((row) => row.email === fast).map(() => 'sent'),
    );
    expect(
      afterKill
        .filter((row) => row.email !== fast && row.status === 'sent')
        .map((row) => row.email),
    ).toEqual(expect.arrayContaining([perItem]));
    const firstCopy = smtp.received.find((mail) => addressOf(mail) === window);
    expect(afterKill.filter((row) => row.email === window)).toEqual(
      afterKill
        .filter((row) => row.email === window)
        .map((row) => ({ ...row, status: 'sending', messageId: firstCopy?.messageId })),
    );
    // Those not sent were queued or claimed: nothing lost.
    expect(
      afterKill
        .filter((row) => row.status !== 'sent')
        .every((row) => ['pending', 'queued', 'sending'].includes(row.status)),
    ).toBe(true);

    smtp.slow(0);
    await startWorker();
    await until(
      'every digest sent, and no send job left',
      async () => {
        const counts = await jobCounts();
        return (
          counts.completed === digests.length &&
          counts.active + counts.waiting + counts.prioritized + counts.delayed === 0 &&
          (await deliveries(digests)).every((row) => row.status === 'sent')
        );
      },
      STALLED_RECOVERY_MS,
    );
    // Taken again by the new worker through the stalled-job check. (The fast digest's job
    // may have been too, if the kill came before BullMQ marked it completed: it then found
    // nothing left to send.)
    const fastId = digests[due.findIndex((r) => r.email === fast)].personId;
    for (const digest of digests.filter((d) => d.personId !== fastId)) {
      const job = await Job.fromId(queue, digest.jobId);
      expect({ jobId: digest.jobId, stalled: job?.stalledCounter }).toEqual({
        jobId: digest.jobId,
        stalled: 1,
      });
    }
    // A late copy would come within moments of the last send.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expectEachDeliveredOnce(digests, [firstCopy?.messageId as string]);

    // Both copies of the window's digest let its recipient in: the links of the first were
    // committed before it went out; the copy has links of its own.
    const copies = smtp.received.filter((mail) => addressOf(mail) === window);
    expect(copies.map((mail) => mail.messageId)).toEqual([
      firstCopy?.messageId,
      firstCopy?.messageId,
    ]);
    expect(copies[0].text).not.toBe(copies[1].text);
    expect([await signsIn(copies[0]), await signsIn(copies[1])]).toEqual([200, 200]);
    expect(await jobCounts()).toMatchObject({ failed: 0 });
  }, 200_000);

  it('lets the sends in progress finish on SIGTERM, and leaves nothing queued', async () => {
    const worker = await startWorker();
    smtp.slow(1_500);
    const digests = await runReminders();
    await until('every digest arriving', () => smtp.arrived() >= digests.length, 10_000);
    expect(smtp.received).toHaveLength(0);

    const code = await stopGracefully(worker, 20_000);
    // Nest's shutdown hook ends the process with the signal it got, after closing the app.
    expect({ code, signal: worker.child.signalCode }).toEqual({ code: null, signal: 'SIGTERM' });
    expect(worker.output()).not.toMatch(/"level":(50|60)/);
    // Answered before the worker was gone, and recorded as sent.
    expect(smtp.abandoned).toEqual([]);
    await expectEachDeliveredOnce(digests);
    expect(await jobCounts()).toEqual({
      active: 0,
      waiting: 0,
      prioritized: 0,
      delayed: 0,
      completed: digests.length,
      failed: 0,
    });
  });
});
