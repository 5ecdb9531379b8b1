import { REMINDER_JOBS, type ReminderDeliveryRecord } from '@pejling/contracts';
import { QueueEvents } from 'bullmq';
import { connectionOptions } from '../core/queue/queue.module';
import type { TestSmtpServer } from '../testing/smtp';
import type { TestApp } from '../testing/test-app';
import {
  addPerson,
  createPlan,
  deliveries,
  milestone,
  recipients,
  run,
  settled,
  useWorkerlessApp,
} from '../testing/reminders';

/**
 * Redis as many installations run it, without persistence: restarted, it comes back
 * empty. Postgres is the record, and what it holds as unsent but the queue does not know
 * is queued again: when a worker starts, by running the day again, and regularly.
 */
describe('reminders the queue has lost', () => {
  // No worker to begin with: the deliveries wait in the queue.
  const app = useWorkerlessApp();
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeEach(() => {
    ({ t, smtp } = app);
  });

  /** Ten people with a milestone due in 3 days each, recorded and queued, no worker running. */
  async function tenQueued(): Promise<void> {
    const plan = await createPlan(t);
    for (let i = 0; i < 10; i++) {
      const person = await addPerson(t, plan.organisation, `Person ${i}`);
      await milestone(t, plan, `Milepæl ${i}`, -3, person);
    }
    expect(await run(t)).toMatchObject({ recorded: 10, queued: expect.any(Array) });
    expect((await deliveries(t)).map((d) => d.status)).toEqual(Array(10).fill('queued'));
    // Redis restarts without its data before a worker took them.
    await t.reminders.obliterate({ force: true });
  }

  const expectTenSentOnce = async () => {
    expect((await deliveries(t)).map((d) => d.status)).toEqual(Array(10).fill('sent'));
    const to = recipients(smtp);
    expect(to).toHaveLength(10);
    expect(new Set(to).size).toBe(10);
  };

  it('queues them again when a worker starts, and sends each once', async () => {
    await tenQueued();
    await t.startWorker();
    await settled(t);
    await expectTenSentOnce();
  });

  it('queues them again when the day is run again', async () => {
    await tenQueued();
    const again = await run(t);
    expect(again).toMatchObject({ recorded: 0 });
    expect(again.dryRun === false && again.queued).toHaveLength(10);
    await t.startWorker();
    await settled(t);
    await expectTenSentOnce();
  });

  it('queues them again by the worker’s regular check', async () => {
    await tenQueued();
    await t.startWorker();
    await settled(t);
    smtp.received.length = 0;
    // Queued again in Postgres, but their jobs are finished: the queue has nothing to
    // send them with, as after a restart of Redis while the worker runs.
    await t.dataSource.query(`UPDATE reminder_deliveries SET status = 'queued', message_id = NULL`);
    const events = new QueueEvents(t.reminders.name, {
      connection: connectionOptions(t.config, 'worker'),
      prefix: t.config.queuePrefix,
    });
    try {
      await events.waitUntilReady();
      const check = await t.reminders.add(REMINDER_JOBS.requeue, {});
      expect(await check.waitUntilFinished(events)).toEqual({ digests: 10, invitations: 0 });
    } finally {
      await events.close();
    }
    await settled(t);
    await expectTenSentOnce();
  });

  it('shows in the delivery log what waits longer than it should', async () => {
    await tenQueued();
    await t.dataSource.query(
      `UPDATE reminder_deliveries SET next_attempt_at = now() - interval '1 hour'
        WHERE id IN (SELECT id FROM reminder_deliveries ORDER BY id LIMIT 3)`,
    );
    const stale = await t
      .http()
      .get('/api/reminder-deliveries')
      .query({ filter: JSON.stringify({ stale: true }) })
      .expect(200);
    expect((stale.body as ReminderDeliveryRecord[]).map((d) => [d.status, d.stale])).toEqual(
      Array(3).fill(['queued', true]),
    );
    const fresh = await t
      .http()
      .get('/api/reminder-deliveries')
      .query({ filter: JSON.stringify({ stale: false }) })
      .expect(200);
    expect(fresh.body).toHaveLength(7);
    await t
      .http()
      .get('/api/reminder-deliveries')
      .query({ filter: JSON.stringify({ stale: 'yes' }) })
      .expect(400);
  });
});
