import { QUEUES, REMINDER_JOBS } from '@pejling/contracts';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { Job, QueueEvents } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { hashPassword } from '../auth/passwords';
import { connectionOptions } from '../core/queue/queue.module';
import { assertHandlers } from '../core/queue/job-handlers';
import { signIn } from '../testing/accounts';
import { signInLinks, tokenOf } from '../testing/mail-links';
import { TestSmtpServer, startSmtpServer } from '../testing/smtp';
import { TestApp, TestAppOptions, createTestApp } from '../testing/test-app';
import { DAILY_SCAN, REQUEUE_CHECK } from './reminders.scheduler';
import {
  DAY,
  Plan,
  addressOf,
  createPlan,
  deliveries,
  milestone,
  recipients,
  run,
  settled,
} from '../testing/reminders';

/**
 * Reminders end to end in one process: the API records and enqueues, a worker (or two)
 * takes the jobs from a real Redis and sends over SMTP to a real server started here.
 */
describe('reminders, with a worker and a mail server', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let plan: Plan;
  let events: QueueEvents;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(DAY, {
      worker: true,
      env: { SMTP_URL: smtp.url, SEND_ATTEMPTS: '2', SEND_BACKOFF_MS: '50' },
    });
    events = new QueueEvents(QUEUES.reminders, {
      connection: connectionOptions(t.config, 'worker'),
      prefix: t.config.queuePrefix,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events?.close();
    await t?.close();
    await smtp?.close();
  });

  beforeEach(async () => {
    await settled(t);
    // truncate() restarts the ids, and with them the job ids of digests: no test may find
    // the finished jobs of one before it.
    await t.reminders.clean(0, 0, 'completed');
    await t.reminders.clean(0, 0, 'failed');
    await t.truncate();
    smtp.received.length = 0;
    smtp.refuse(null);
    smtp.slow(0);
    plan = await createPlan(t);
  });

  it('e-mails a milestone due in 3 days to its responsible person, once', async () => {
    const id = await milestone(t, plan, 'Workshop om fødevareklynger', -3);
    const result = await run(t);
    expect(result).toMatchObject({ asOf: DAY, dryRun: false, recorded: 1 });
    const queued = result.dryRun ? [] : result.queued;
    expect(queued).toEqual([
      {
        jobId: expect.stringMatching(/^digest-\d+-2017-06-15-\d+$/),
        personId: plan.owner,
        day: DAY,
        deliveryIds: [expect.any(Number)],
      },
    ]);
    const job = await Job.fromId(t.reminders, queued[0].jobId);
    await job?.waitUntilFinished(events);

    expect(recipients(smtp)).toEqual(['olgaowner@example.dk']);
    const [mail] = smtp.received;
    expect(mail.to).toMatchObject({ value: [{ name: 'Olga Owner' }] });
    expect(mail.from?.value).toEqual([{ name: 'Pejling', address: 'pejling@localhost' }]);
    expect(mail.text).toContain('Workshop om fødevareklynger');
    // The milestone's link signs Olga in and opens it on her My work (reminder-links.spec.ts tries it).
    const [link] = signInLinks(mail.text);
    expect(link).toMatch(new RegExp(`^${t.config.appUrl}/#/link\\?token=[\\w-]{43}$`));
    expect(mail.html).toContain(link);
    expect(
      (
        await t
          .http()
          .post('/api/auth/link')
          .send({ token: tokenOf(link) })
      ).body,
    ).toMatchObject({ path: `/my-work?milestone=${id}`, me: { person: { id: plan.owner } } });
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({
        milestoneId: id,
        personId: plan.owner,
        status: 'sent',
        attempts: 1,
        error: null,
        sentAt: expect.any(Date),
        messageId: mail.messageId,
      }),
    ]);

    // The same run again decides nothing new, queues nothing and sends nothing, and says
    // what the day holds.
    expect(await run(t)).toEqual({
      asOf: DAY,
      dryRun: false,
      recorded: 0,
      queued: [],
      day: { pending: 0, queued: 0, sending: 0, sent: 1, failed: 0, outbox: 0 },
      mail: 'smtp',
    });
    await settled(t);
    expect(smtp.received).toHaveLength(1);
  });

  it('sends everything due for one person on a day in one digest', async () => {
    const titles = ['Første milepæl', 'Anden milepæl', 'Tredje milepæl'];
    await milestone(t, plan, titles[0], -3);
    await milestone(t, plan, titles[1], -14);
    await milestone(t, plan, titles[2], 1);
    const result = await run(t);
    expect(result).toMatchObject({ recorded: 3, queued: [{ personId: plan.owner }] });
    await settled(t);

    expect(recipients(smtp)).toEqual(['olgaowner@example.dk']);
    for (const title of titles) expect(smtp.received[0].text).toContain(title);
    const rows = await deliveries(t);
    expect(rows.map((r) => [r.status, r.messageId])).toEqual(
      titles.map(() => ['sent', smtp.received[0].messageId]),
    );
  });

  it('escalates to the lead organisation’s contact, in their language, saying who else knows', async () => {
    const id = await milestone(t, plan, 'Evaluering', 14);
    await run(t);
    await settled(t);
    expect(recipients(smtp).sort()).toEqual(['kajkontakt@example.dk', 'olgaowner@example.dk']);
    const toKaj = smtp.received.find((mail) => addressOf(mail) === 'kajkontakt@example.dk');
    expect(toKaj?.text).toContain('Dear Kaj Kontakt');
    expect(toKaj?.text).toContain('Olga Owner');
    const toOlga = smtp.received.find((mail) => addressOf(mail) === 'olgaowner@example.dk');
    expect(toOlga?.text).toContain('Kære Olga Owner');
    expect(toOlga?.text).toContain('Kaj Kontakt');
    // Olga, responsible, lands on her My work; Kaj, who follows up, on the milestone.
    const pathOf = async (mail: ParsedMail | undefined) =>
      (
        await t
          .http()
          .post('/api/auth/link')
          .send({ token: tokenOf(signInLinks(mail?.text)[0]) })
      ).body.path;
    expect(await pathOf(toOlga)).toBe(`/my-work?milestone=${id}`);
    expect(await pathOf(toKaj)).toBe(`/milestones/${id}/show`);
  });

  it('runs the same scan as a job: the daily one, or one for a given day', async () => {
    await milestone(t, plan, 'Klyngekonference', -3);
    const job = await t.reminders.add(REMINDER_JOBS.scan, { asOf: DAY });
    expect(await job.waitUntilFinished(events)).toEqual({ day: DAY, recorded: 1, digests: 1 });
    await settled(t);
    expect(recipients(smtp)).toEqual(['olgaowner@example.dk']);

    // Without a day it scans today, which the test clock fixes to DAY: nothing new.
    const today = await t.reminders.add(REMINDER_JOBS.scan, {});
    expect(await today.waitUntilFinished(events)).toEqual({ day: DAY, recorded: 0, digests: 0 });
  });

  it('schedules the daily scan and the check of the queue once, from the worker', async () => {
    expect(await t.reminders.getJobScheduler(DAILY_SCAN)).toMatchObject({
      key: DAILY_SCAN,
      pattern: t.config.reminderScanCron,
      tz: 'Europe/Copenhagen',
      name: REMINDER_JOBS.scan,
    });
    expect(await t.reminders.getJobScheduler(REQUEUE_CHECK)).toMatchObject({
      key: REQUEUE_CHECK,
      every: 5 * 60_000,
      name: REMINDER_JOBS.requeue,
    });
    const second = await t.startWorker();
    await t.stopWorker(second);
    expect((await t.reminders.getJobSchedulers()).map((s) => s.key).sort()).toEqual(
      [DAILY_SCAN, REQUEUE_CHECK].sort(),
    );
  });

  it('retries a refused send, then marks it failed with the server’s error', async () => {
    smtp.refuse('4.3.0 mailbox temporarily unavailable');
    await milestone(t, plan, 'Afrapportering', -3);
    const result = await run(t);
    const queued = result.dryRun ? [] : result.queued;
    const job = await Job.fromId(t.reminders, queued[0].jobId);
    await expect(job?.waitUntilFinished(events)).rejects.toThrow(/mailbox temporarily unavailable/);

    expect(smtp.refused()).toBeGreaterThanOrEqual(2);
    expect(smtp.received).toEqual([]);
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: 2,
        problem: 'temporary',
        error: expect.stringMatching(/451.*mailbox temporarily unavailable/),
        sentAt: null,
        // Chosen before the first attempt; both attempts carried it.
        messageId: expect.stringMatching(/^<[\w-]+@localhost>$/),
      }),
    ]);
    const failed = await Job.fromId(t.reminders, queued[0].jobId);
    expect(failed?.attemptsMade).toBe(2);
    expect(await failed?.isFailed()).toBe(true);

    // Once the server takes mail again, the secretariat sends it again: once.
    smtp.refuse(null);
    const [{ id }] = await deliveries(t);
    const resent = await t.http().post(`/api/reminder-deliveries/${id}/resend`);
    expect(resent.status).toBe(200);
    // Queued, or already on its way if the worker was quicker than the answer.
    expect(resent.body).toMatchObject({
      id,
      status: expect.stringMatching(/^(queued|sending|sent)$/),
      mail: 'smtp',
    });
    await settled(t);
    expect(recipients(smtp)).toEqual(['olgaowner@example.dk']);
    expect(await deliveries(t)).toEqual([
      expect.objectContaining({
        status: 'sent',
        attempts: 3,
        problem: null,
        error: null,
        sentAt: expect.any(Date),
        messageId: smtp.received[0].messageId,
      }),
    ]);
    const again = await t.http().post(`/api/reminder-deliveries/${id}/resend`);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/is sent; only a failed delivery/);
    expect(smtp.received).toHaveLength(1);
  });

  it('sends once when a send job runs twice (jobs run at least once)', async () => {
    await milestone(t, plan, 'Netværksmøde', -3);
    await t.dataSource.query(
      `INSERT INTO reminder_deliveries (rule_id, milestone_id, recipient_person_id, recipient_role, day)
       SELECT r.id, m.id, $1, 'responsible', $2 FROM reminder_rules r, milestones m
        WHERE r.kind = 'due_soon' AND r.days = 3`,
      [plan.owner, DAY],
    );
    const data = { personId: plan.owner, day: DAY };
    const jobs = await Promise.all(
      ['again-1', 'again-2', 'again-3'].map((jobId) =>
        t.reminders.add(REMINDER_JOBS.sendDigest, data, { jobId }),
      ),
    );
    const outcomes = await Promise.all(jobs.map((job) => job.waitUntilFinished(events)));
    expect(outcomes.map((o) => o.status).sort()).toEqual([
      'nothing to send',
      'nothing to send',
      'sent',
    ]);
    expect(smtp.received).toHaveLength(1);
  });

  it('sends no duplicates with two workers and two runs at once', async () => {
    const second = await t.startWorker();
    try {
      const people: number[] = [];
      for (let i = 0; i < 15; i++) {
        const [{ id }] = await t.dataSource.query(
          `INSERT INTO people (name, email) VALUES ($1, $2) RETURNING id`,
          [`Person ${i}`, `person${i}@example.dk`],
        );
        people.push(id);
        await milestone(t, plan, `Milepæl ${i}a`, -3, id);
        await milestone(t, plan, `Milepæl ${i}b`, 1, id);
      }
      const [a, b] = await Promise.all([run(t), run(t)]);
      expect((a.dryRun ? 0 : a.recorded) + (b.dryRun ? 0 : b.recorded)).toBe(30);
      await settled(t);

      const to = recipients(smtp);
      expect(to).toHaveLength(15);
      expect(new Set(to).size).toBe(15);
      const rows = await deliveries(t);
      expect(rows.filter((r) => r.status === 'sent')).toHaveLength(30);
    } finally {
      await t.stopWorker(second);
    }
  });

  it('answers a dry run with who would get what, and records and sends nothing', async () => {
    const id = await milestone(t, plan, 'Midtvejsevaluering', 28);
    const result = await run(t, { asOf: DAY, dryRun: true });
    expect(result).toMatchObject({
      asOf: DAY,
      dryRun: true,
      due: expect.arrayContaining([
        {
          ruleId: expect.any(Number),
          kind: 'escalation',
          milestoneId: id,
          milestoneTitle: 'Midtvejsevaluering',
          roundId: null,
          roundTitle: null,
          initiativeId: plan.initiative,
          targetId: null,
          targetTitle: null,
          recipientPersonId: plan.secretariat,
          recipientName: 'Sara Sekretær',
          recipientRole: 'secretariat',
          dueDate: '2017-05-18',
          daysLate: 28,
          standsInFor: null,
          recorded: null,
        },
      ]),
    });
    expect(result.dryRun && result.due).toHaveLength(2);
    await settled(t);
    expect(await deliveries(t)).toEqual([]);
    expect(smtp.received).toEqual([]);
  });

  it('validates the run request', async () => {
    for (const body of [
      { asOf: '2017-02-30' },
      { asOf: '15-06-2017' },
      { dryRun: 'yes' },
      { asOf: DAY, send: true },
    ]) {
      await t.http().post('/api/reminders/run').send(body).expect(400);
    }
  });

  it('lists the deliveries with their status, filtered', async () => {
    const id = await milestone(t, plan, 'Workshop', 14);
    await run(t);
    await settled(t);
    const res = await t
      .http()
      .get('/api/reminder-deliveries')
      .query({ filter: JSON.stringify({ status: 'sent', milestoneId: id, from: DAY, to: DAY }) })
      .expect(200);
    expect(res.headers['content-range']).toBe('reminder-deliveries 0-1/2');
    expect(res.body as ReminderDeliveryRecord[]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'escalation',
          milestoneId: id,
          milestoneTitle: 'Workshop',
          initiativeCode: 'A.1',
          recipientPersonId: plan.contact,
          recipientName: 'Kaj Kontakt',
          recipientRole: 'lead_contact',
          day: DAY,
          status: 'sent',
          attempts: 1,
          error: null,
          messageId: expect.any(String),
        }),
      ]),
    );
    const none = await t
      .http()
      .get('/api/reminder-deliveries')
      .query({ filter: JSON.stringify({ status: 'failed' }) })
      .expect(200);
    expect(none.body).toEqual([]);
    await t
      .http()
      .get('/api/reminder-deliveries')
      .query({ filter: JSON.stringify({ status: 'lost' }) })
      .expect(400);
  });

  it('waits for a delivery another transaction holds, instead of skipping it', async () => {
    // The scan marks deliveries queued while a worker may already run their job: a job
    // that skipped rows locked by it would leave them unsent for good.
    await milestone(t, plan, 'Låst milepæl', -3);
    await t.dataSource.query(
      `INSERT INTO reminder_deliveries (rule_id, milestone_id, recipient_person_id, recipient_role, day)
       SELECT r.id, m.id, $1, 'responsible', $2 FROM reminder_rules r, milestones m
        WHERE r.kind = 'due_soon' AND r.days = 3`,
      [plan.owner, DAY],
    );
    const other = t.dataSource.createQueryRunner();
    await other.startTransaction();
    try {
      await other.query(`UPDATE reminder_deliveries SET status = 'queued'`);
      const job = await t.reminders.add(REMINDER_JOBS.sendDigest, {
        personId: plan.owner,
        day: DAY,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await job.getState()).toBe('active');
      await other.commitTransaction();
      expect(await job.waitUntilFinished(events)).toMatchObject({ status: 'sent' });
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    expect(recipients(smtp)).toEqual(['olgaowner@example.dk']);
  });

  it('lets the send in progress finish when a worker stops', async () => {
    smtp.slow(500);
    await milestone(t, plan, 'Sidste milepæl', -3);
    const arriving = smtp.arriving();
    await run(t);
    await arriving;
    // SIGTERM in a worker process: the same app.close().
    const [worker] = t.workers;
    await t.stopWorker(worker);
    expect(recipients(smtp)).toEqual(['olgaowner@example.dk']);
    expect((await deliveries(t)).map((r) => r.status)).toEqual(['sent']);
    await t.startWorker();
  });

  it('fails a job no handler knows at once, without retrying it', async () => {
    const job = await t.reminders.add('no-such-job', {}, { attempts: 3 });
    await expect(job.waitUntilFinished(events)).rejects.toThrow(/no handler for job "no-such-job"/);
    expect((await Job.fromId(t.reminders, job.id!))?.attemptsMade).toBe(1);
  });
});

describe('a worker’s handlers', () => {
  const names = Object.values(REMINDER_JOBS);
  const handler = async () => undefined;

  it('must cover every job name exactly once, or the worker does not start', () => {
    const all = Object.fromEntries(names.map((name) => [name, handler]));
    expect(() => assertHandlers('reminders', names, all)).not.toThrow();
    const withoutSendDigest = Object.fromEntries(
      names.filter((name) => name !== 'send-digest').map((name) => [name, handler]),
    );
    expect(() => assertHandlers('reminders', names, withoutSendDigest)).toThrow(
      'queue "reminders": no handler for send-digest',
    );
    expect(() => assertHandlers('reminders', names, { ...all, 'send-digests': handler })).toThrow(
      'handlers for jobs that do not exist: send-digests',
    );
    expect(() => assertHandlers('reminders', ['scan', 'scan'], { scan: handler })).toThrow(
      'job names given twice: scan',
    );
  });
});

describe('reminders without a mail server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(DAY, { worker: true });
  });
  afterAll(() => t.close());

  it('keeps them in the outbox, never dropping them', async () => {
    const plan = await createPlan(t);
    await milestone(t, plan, 'Workshop', -3);
    await milestone(t, plan, 'Rapport', -14);
    await run(t);
    await settled(t);
    expect((await deliveries(t)).map((r) => [r.status, r.problem, r.sentAt])).toEqual([
      ['outbox', 'no_mail_server', null],
      ['outbox', 'no_mail_server', null],
    ]);
  });
});

describe('reminders and who may see and run them', () => {
  let t: TestApp;
  let plan: Plan;
  const PASSWORD = 'lang-og-hemmelig-adgangskode';
  const as = async (personId: number, role: string) => {
    await t.dataSource.query('UPDATE people SET role = $2, password_hash = $3 WHERE id = $1', [
      personId,
      role,
      await hash,
    ]);
    const [{ email }] = await t.dataSource.query('SELECT email FROM people WHERE id = $1', [
      personId,
    ]);
    return signIn(t, email, PASSWORD);
  };
  let hash: Promise<string>;

  beforeAll(async () => {
    // No worker: the API records and queues without one.
    t = await createTestApp(DAY, { sessions: true } satisfies TestAppOptions);
    hash = hashPassword(PASSWORD);
    plan = await createPlan(t);
    await milestone(t, plan, 'Olgas milepæl', -3);
    await milestone(t, plan, 'Eskalering', 14);
  });
  afterAll(() => t.close());

  it('lets only the secretariat run reminders', async () => {
    const owner = await as(plan.owner, 'owner');
    const steering = await as(plan.contact, 'steering');
    for (const agent of [owner, steering]) {
      const res = await agent.post('/api/reminders/run').send({ asOf: DAY, dryRun: true });
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/may not run reminders/);
    }
    await t.http().post('/api/reminders/run').send({ dryRun: true }).expect(401);
    const secretariat = await as(plan.secretariat, 'secretariat');
    const res = await secretariat.post('/api/reminders/run').send({ asOf: DAY }).expect(200);
    expect(res.body).toMatchObject({ recorded: 3 });
    // Queued for a worker that is not running: the deliveries wait.
    expect((await deliveries(t)).map((r) => r.status)).toEqual(['queued', 'queued', 'queued']);
    expect(await t.reminders.getJobScheduler(DAILY_SCAN)).toBeUndefined();
  });

  it('shows the secretariat every delivery, and anyone else only their own', async () => {
    const all = await (
      await as(plan.secretariat, 'secretariat')
    )
      .get('/api/reminder-deliveries')
      .expect(200);
    expect(all.body).toHaveLength(3);
    const own = await (
      await as(plan.owner, 'owner')
    )
      .get('/api/reminder-deliveries')
      .query({ filter: JSON.stringify({ recipientPersonId: plan.contact }) })
      .expect(200);
    expect(own.body.map((d: ReminderDeliveryRecord) => d.recipientPersonId)).toEqual([
      plan.owner,
      plan.owner,
    ]);
  });
});

describe('reminders while Redis is away', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1.
    t = await createTestApp(DAY, { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => t.close());

  it('says so in a preview, answers a run with 503 in seconds, and keeps the deliveries pending', async () => {
    const plan = await createPlan(t);
    await milestone(t, plan, 'Workshop', -3);
    expect(await run(t, { asOf: DAY, dryRun: true })).toMatchObject({
      queueAvailable: false,
      toRecord: 1,
    });
    const started = Date.now();
    const res = await t.http().post('/api/reminders/run').send({ asOf: DAY });
    expect(res.status).toBe(503);
    expect(res.body.message).toMatch(/could not queue the reminders/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await deliveries(t)).map((r) => r.status)).toEqual(['pending']);
  });

  it('reports Redis down in the readiness check, and stays alive', async () => {
    const res = await t.http().get('/api/health').expect(503);
    expect(res.body).toMatchObject({
      statusCode: 503,
      error: { redis: { status: 'down', message: expect.any(String) } },
    });
    await t.http().get('/api/health/live').expect(200);
  });
});
