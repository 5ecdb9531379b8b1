import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { REMINDER_JOBS } from '@pejling/contracts';
import { signInLinks, tokenOf } from '../testing/mail-links';
import type { TestSmtpServer } from '../testing/smtp';
import type { TestApp } from '../testing/test-app';
import {
  DAY,
  Plan,
  createPlan,
  deliveries,
  milestone,
  recipients,
  run,
  settled,
  useMailingApp,
  useWorkerlessApp,
} from '../testing/reminders';

/**
 * How an e-mail is sent: its Message-ID and links recorded before the mail server hears
 * of it, no transaction held while it answers, a refusal for good told apart from a
 * failure that may pass, and the retries by the settings of the worker that sends.
 */
describe('sending an e-mail', () => {
  const app = useMailingApp({ env: { SEND_ATTEMPTS: '3', SEND_BACKOFF_MS: '50' } });
  let t: TestApp;
  let smtp: TestSmtpServer;
  let plan: Plan;

  beforeEach(async () => {
    ({ t, smtp } = app);
    smtp.refuse(null);
    smtp.slow(0);
    plan = await createPlan(t);
  });

  it('records its Message-ID and links first, and holds no transaction or lock while the server answers', async () => {
    smtp.slow(1_000);
    await milestone(t, plan, 'Workshop', -3);
    const arriving = smtp.arriving();
    await run(t);
    await arriving;

    // The server has the message and takes its time to answer: what the worker is
    // sending is committed, for anyone to read.
    const [sending] = await deliveries(t);
    expect(sending).toMatchObject({
      status: 'sending',
      attempts: 1,
      messageId: expect.stringMatching(/^<[\w-]+@localhost>$/),
    });
    const [{ links }] = await t.dataSource.query(
      `SELECT count(*)::int AS links FROM link_tokens WHERE purpose = 'sign_in'`,
    );
    expect(links).toBe(1);
    // Nothing waits on the network inside a transaction: the rows are not locked, and no
    // connection of the app's database is idle in one.
    await t.dataSource.transaction((tx) =>
      tx.query('SELECT id FROM reminder_deliveries FOR UPDATE NOWAIT'),
    );
    const [{ idle }] = await t.dataSource.query(
      `SELECT count(*)::int AS idle FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    expect(idle).toBe(0);

    await settled(t);
    expect(smtp.received.map((mail) => mail.messageId)).toEqual([sending.messageId]);
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({ status: 'sent', messageId: sending.messageId, attempts: 1 }),
    ]);
  });

  it('dates the e-mail and its record by the story’s clock: the product’s today', async () => {
    await milestone(t, plan, 'Workshop', -3);
    await run(t);
    await settled(t);
    const copenhagenDay = (instant: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(instant);
    const [mail] = smtp.received;
    const [sent] = await deliveries(t);
    expect([mail.date, sent.sentAt].map((at) => copenhagenDay(new Date(at as Date)))).toEqual([
      DAY,
      DAY,
    ]);
  });

  it('fails an e-mail the server refuses for good at once, with its answer', async () => {
    smtp.refuse('5.1.1 no such mailbox here', 550);
    await milestone(t, plan, 'Afrapportering', -3);
    await run(t);
    await settled(t);
    expect(smtp.refused()).toBe(1);
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: 1,
        problem: 'refused',
        error: expect.stringMatching(/550 5\.1\.1 no such mailbox here/),
        sentAt: null,
      }),
    ]);
  });

  it('sends again, with the same Message-ID and new links, what a dead worker was sending', async () => {
    // As a worker leaves it when killed after the server's 250 and before the record:
    // claimed by its job, with the Message-ID of the copy that went out.
    const id = await milestone(t, plan, 'Netværksmøde', -3);
    await t.dataSource.query(
      `INSERT INTO reminder_deliveries
              (rule_id, milestone_id, recipient_person_id, recipient_role, day, status,
               job_id, message_id, attempts, claimed_until)
       SELECT r.id, $1, $2, 'responsible', $3, 'sending', 'killed-job', '<first@localhost>', 1,
              now() + interval '1 hour'
         FROM reminder_rules r WHERE r.kind = 'due_soon' AND r.days = 3`,
      [id, plan.owner, DAY],
    );
    // Another job leaves it to its (live) claimer; the job's own next run sends it.
    const other = await t.reminders.add(REMINDER_JOBS.sendDigest, {
      personId: plan.owner,
      day: DAY,
    });
    await settled(t);
    expect(await other.getState()).toBe('completed');
    expect(smtp.received).toEqual([]);
    await t.reminders.add(
      REMINDER_JOBS.sendDigest,
      { personId: plan.owner, day: DAY },
      { jobId: 'killed-job' },
    );
    await settled(t);
    expect(smtp.received.map((mail) => mail.messageId)).toEqual(['<first@localhost>']);
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2, messageId: '<first@localhost>' }),
    ]);
    const [link] = signInLinks(smtp.received[0].text);
    await t
      .http()
      .post('/api/auth/link')
      .send({ token: tokenOf(link) })
      .expect(200);
  });
});

/** A TCP server that takes connections and never says a word: a mail server hung. */
async function startSilentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The API with its defaults (5 attempts, a minute's backoff, 30 s to wait for the mail
 * server) and workers with settings of their own: the worker's count, as it sends.
 */
describe('a worker’s own settings for sending', () => {
  const app = useWorkerlessApp();
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeEach(async () => {
    ({ t, smtp } = app);
    await milestone(t, await createPlan(t), 'Workshop', -3);
  });

  it('retries by the worker’s SEND_ATTEMPTS and SEND_BACKOFF_MS, not the API’s', async () => {
    expect(t.config).toMatchObject({ sendAttempts: 5, sendBackoffMs: 60_000 });
    await t.startWorker({ SEND_ATTEMPTS: '2', SEND_BACKOFF_MS: '50' });
    smtp.refuse('4.3.0 try again later');
    await run(t);
    await settled(t, 5_000);
    expect(smtp.refused()).toBe(2);
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 2, problem: 'temporary' }),
    ]);
  });

  it('gives up on a server that does not answer within SMTP_TIMEOUT_MS, and tries again later', async () => {
    const silent = await startSilentServer();
    try {
      await t.startWorker({
        SMTP_URL: silent.url,
        SMTP_TIMEOUT_MS: '200',
        SEND_ATTEMPTS: '2',
        SEND_BACKOFF_MS: '50',
      });
      const started = Date.now();
      await run(t);
      await settled(t, 5_000);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(await deliveries(t)).toEqual([
        expect.objectContaining({
          status: 'failed',
          attempts: 2,
          problem: 'temporary',
          error: expect.stringMatching(/greeting|timeout/i),
        }),
      ]);
    } finally {
      await silent.close();
    }
  });
});

/** The machine's own address that is not loopback: a mail server "on another machine". */
function externalAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  if (!address) throw new Error('no IPv4 address other than loopback');
  return address;
}

describe('a mail server on another machine', () => {
  // It offers no STARTTLS, as a server that would take the password in clear.
  const app = useWorkerlessApp({ host: externalAddress() });

  it('gets nothing in clear: STARTTLS is required, unless SMTP_URL says ?tls=off', async () => {
    const { t, smtp } = app;
    const plan = await createPlan(t);
    await milestone(t, plan, 'Workshop', -3);
    await t.startWorker({ SEND_ATTEMPTS: '1' });
    await run(t);
    await settled(t, 5_000);
    expect(smtp.received).toEqual([]);
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({ status: 'failed', error: expect.stringMatching(/STARTTLS/) }),
    ]);

    await t.stopWorker(t.workers[0]);
    await t.startWorker({ SMTP_URL: `${smtp.url}?tls=off` });
    const [{ id }] = await deliveries(t);
    await t.http().post(`/api/reminder-deliveries/${id}/resend`).expect(200);
    await settled(t, 5_000);
    expect(recipients(smtp)).toEqual(['olgaowner@example.dk']);
  });
});
