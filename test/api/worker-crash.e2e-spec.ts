import { QUEUES, type QueuedDigest, type ReminderRunResult } from '@pejling/contracts';
import { databaseUrl, startSmtpServer, TestSmtpServer } from '@pejling/server/testing';
import { Job, Queue } from 'bullmq';
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
 * is taken again within about a minute.
 */
const STALLED_RECOVERY_MS = 70_000;

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

  /** The send jobs' counts, without the daily scan's scheduled job. */
  const jobCounts = async () => {
    const counts = await queue.getJobCounts();
    return {
      active: counts['active'],
      waiting: counts['waiting'],
      prioritized: counts['prioritized'],
      delayed: (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length,
      completed: counts['completed'],
      failed: counts['failed'],
    };
  };

  /**
   * Every digest's deliveries are `sent`, and each recipient got exactly the messages whose
   * Message-IDs their deliveries record (one digest, or one mail per milestone for who
   * chose so): none twice, none missing, and nothing to anybody else.
   */
  const expectEachDeliveredOnce = async (digests: QueuedDigest[]) => {
    const rows = await deliveries(digests);
    expect(rows).toHaveLength(digests.flatMap((d) => d.deliveryIds).length);
    expect(rows.filter((row) => row.status !== 'sent' || !row.messageId)).toEqual([]);

    const recipients = [...new Set(rows.map((row) => row.email))].sort();
    expect(recipients).toHaveLength(digests.length);
    expect([...new Set(smtp.received.map(addressOf))].sort()).toEqual(recipients);
    const recorded = (email: string) =>
      [...new Set(rows.filter((row) => row.email === email).map((row) => row.messageId))].sort();
    const got = (email: string) =>
      smtp.received
        .filter((mail) => addressOf(mail) === email)
        .map((mail) => mail.messageId)
        .sort();
    expect(recipients.map((email) => ({ email, messageIds: got(email) }))).toEqual(
      recipients.map((email) => ({ email, messageIds: recorded(email) })),
    );
  };

  it('sends every digest exactly once when the worker is killed mid-send and another takes over', async () => {
    const first = await startWorker();
    // Every message waits 3 s for its answer but two: one recipient's digest, answered at
    // once, and the first of the e-mails of a recipient who gets one per milestone. The
    // kill comes when those are sent and recorded and the others are in the air. Who they
    // are is known before the run (a dry run), so the server is ready for them.
    const due = await dueRecipients();
    const perItem = due.find((r) => r.milestones >= 2)?.email as string;
    expect(perItem).toBeDefined();
    await db.query(`UPDATE people SET reminder_mode = 'per_item' WHERE email = $1`, [perItem]);
    const fast = due.find((r) => r.email !== perItem)?.email as string;
    const slow = due.map((r) => r.email).filter((email) => email !== fast);
    smtp.slow(3_000);
    smtp.slow(0, fast);
    smtp.slow(0, perItem, 1);
    const digests = await runReminders();
    expect(await emailsOf(digests.map((d) => d.personId))).toEqual(due.map((r) => r.email));

    const sentTo = (email: string) =>
      smtp.received.filter((mail) => addressOf(mail) === email).length;
    await until(
      'the fast digest and the first e-mail per milestone sent, the others arriving',
      async () =>
        sentTo(fast) === 1 &&
        sentTo(perItem) === 1 &&
        smtp.arrived() - smtp.received.length === slow.length &&
        (await deliveries(digests)).some((row) => row.email === perItem && row.status === 'sent'),
      10_000,
    );
    first.child.kill('SIGKILL');
    await first.exited;
    expect(smtp.received.map(addressOf).sort()).toEqual([fast, perItem].sort());

    // The sends in progress were not answered before the client vanished: not delivered,
    // and their deliveries are not sent either (the killed transaction rolled back). The
    // first e-mail per milestone was recorded in a transaction of its own, and stays sent.
    await until(
      'the server to give up on them',
      () => smtp.abandoned.length === slow.length,
      5_000,
    );
    expect(smtp.abandoned.map(addressOf).sort()).toEqual([...slow].sort());
    // Those rows may still be `pending`: the run marks them `queued` only if no worker
    // has them locked to send already.
    const afterKill = await deliveries(digests);
    expect(afterKill.filter((row) => row.email === fast).map((row) => row.status)).toEqual(
      afterKill.filter((row) => row.email === fast).map(() => 'sent'),
    );
    expect(
      afterKill
        .filter((row) => row.email !== fast && row.status === 'sent')
        .map((row) => row.email),
    ).toEqual(expect.arrayContaining([perItem]));
    expect(
      afterKill
        .filter((row) => row.status !== 'sent')
        .every((row) => ['pending', 'queued'].includes(row.status)),
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
    await expectEachDeliveredOnce(digests);
    expect(await jobCounts()).toMatchObject({ failed: 0 });
  }, 120_000);

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
