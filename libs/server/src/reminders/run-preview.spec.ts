import type { ReminderPreview, ReminderRun } from '@pejling/contracts';
import { TestApp, createTestApp } from '../testing/test-app';
import type { TestSmtpServer } from '../testing/smtp';
import {
  DAY,
  Plan,
  addPerson,
  addressOf,
  createPlan,
  milestone,
  run,
  settled,
  useMailingApp,
} from '../testing/reminders';

const NONE = { pending: 0, queued: 0, sending: 0, sent: 0, failed: 0, outbox: 0 };

const preview = async (t: TestApp) =>
  (await run(t, { asOf: DAY, dryRun: true })) as ReminderPreview;
const send = async (t: TestApp) => (await run(t)) as ReminderRun;

/**
 * `POST /api/reminders/run` with `dryRun` says what a run would do now, the day's
 * deliveries as they stand included; the run then does, and says, just that.
 */
describe('previewing a run of the reminders', () => {
  const app = useMailingApp();
  let t: TestApp;
  let smtp: TestSmtpServer;
  let plan: Plan;

  beforeEach(async () => {
    ({ t, smtp } = app);
    plan = await createPlan(t);
  });

  it('says what sending will do, and what is already recorded for the day and how it went', async () => {
    await milestone(t, plan, 'Workshop', -3);
    await milestone(t, plan, 'Evaluering', 14);
    const first = await preview(t);
    expect(first).toMatchObject({
      toRecord: 3,
      toQueue: 2,
      day: NONE,
      mail: 'smtp',
      queueAvailable: true,
      missingContacts: [],
    });
    expect(first.due.map((d) => d.recorded)).toEqual([null, null, null]);
    const sent = await send(t);
    expect([sent.recorded, sent.queued.length]).toEqual([first.toRecord, first.toQueue]);
    await settled(t);

    // Later that day one more is due: the preview no longer says 4 are ready to go.
    await milestone(t, plan, 'Konference', -14);
    const second = await preview(t);
    expect(second).toMatchObject({ toRecord: 1, toQueue: 1, day: { ...NONE, sent: 3 } });
    expect(second.due.map((d) => [d.milestoneTitle, d.recorded?.status ?? 'new']).sort()).toEqual([
      ['Evaluering', 'sent'],
      ['Evaluering', 'sent'],
      ['Konference', 'new'],
      ['Workshop', 'sent'],
    ]);
    const again = await send(t);
    expect([again.recorded, again.queued.length]).toEqual([second.toRecord, second.toQueue]);
    await settled(t);
    expect(await preview(t)).toMatchObject({ toRecord: 0, toQueue: 0, day: { ...NONE, sent: 4 } });
  });

  it('counts what the queue has lost as what sending will queue again', async () => {
    await t.stopWorker(t.workers[0]);
    try {
      await milestone(t, plan, 'Workshop', -3);
      await send(t);
      await t.reminders.obliterate({ force: true });
      const lost = await preview(t);
      expect(lost).toMatchObject({ toRecord: 0, toQueue: 1, day: { ...NONE, queued: 1 } });
      expect(lost.due[0].recorded).toEqual({ deliveryId: expect.any(Number), status: 'queued' });
      expect((await send(t)).queued).toHaveLength(1);
    } finally {
      await t.startWorker();
    }
    await settled(t);
    expect(smtp.received).toHaveLength(1);
  });

  it('says whom an escalation misses for want of a contact person, and who is told instead', async () => {
    await t.dataSource.query('UPDATE organisations SET contact_person_id = NULL');
    const ida = await addPerson(t, plan.organisation, 'Ida Initiativ', { language: 'en' });
    await t.dataSource.query(
      'INSERT INTO initiative_responsibles (initiative_id, person_id) VALUES ($1, $2)',
      [plan.initiative, ida],
    );
    await milestone(t, plan, 'Evaluering', 14);
    const result = await preview(t);
    expect(result.missingContacts).toEqual([
      {
        organisationId: plan.organisation,
        organisationName: 'Ministeriet',
        initiativeIds: [plan.initiative],
        standIns: ['Ida Initiativ'],
      },
    ]);
    expect(result.due.find((d) => d.recipientPersonId === ida)).toMatchObject({
      recipientRole: 'lead_responsible',
      standsInFor: 'lead_contact',
    });

    await send(t);
    await settled(t);
    const toIda = smtp.received.find((mail) => addressOf(mail) === 'idainitiativ@example.dk');
    const text = toIda?.text?.replace(/\s+/g, ' ');
    expect(text).toContain('because the organisation has no contact person in Pejling');
    expect(text).toContain('Also informed: Olga Owner.');
  });
});

describe('previewing without a mail server', () => {
  it('says that e-mail goes to the outbox when no mail server is configured', async () => {
    const t = await createTestApp(DAY);
    try {
      const plan = await createPlan(t);
      await milestone(t, plan, 'Workshop', -3);
      expect(await preview(t)).toMatchObject({ mail: 'outbox', toRecord: 1, toQueue: 1 });
      expect(await send(t)).toMatchObject({ mail: 'outbox', recorded: 1 });
    } finally {
      await t.close();
    }
  });
});
