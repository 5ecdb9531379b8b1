import request from 'supertest';
import { signInLinks, tokenOf } from '../../testing/mail-links';
import type { TestSmtpServer } from '../../testing/smtp';
import type { TestApp } from '../../testing/test-app';
import {
  DAY,
  Plan,
  addressOf,
  createPlan,
  deliveries,
  run,
  settled,
  useMailingApp,
} from '../../testing/reminders';

/** The day `n` days after DAY. */
const plus = (n: number) =>
  new Date(Date.parse(`${DAY}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * A reporting round's e-mails go through the reminder machinery: the request when it
 * opens, reminders before its due date to those who have not reported, the secretariat's
 * list of who is missing after it. With a worker, Redis and an SMTP server.
 */
describe('reporting rounds’ requests and reminders', () => {
  const app = useMailingApp();
  let t: TestApp;
  let smtp: TestSmtpServer;
  let plan: Plan;
  let second: number;
  let roundId: number;

  beforeEach(async () => {
    ({ t, smtp } = app);
    plan = await createPlan(t);
    // Olga answers for A.1; A.2 has nobody, so its lead organisation's contact (Kaj) is asked.
    await t.dataSource.query(
      'INSERT INTO initiative_responsibles (initiative_id, person_id) VALUES ($1, $2)',
      [plan.initiative, plan.owner],
    );
    [{ id: second }] = await t.dataSource.query(
      `INSERT INTO initiatives (strategy_id, focus_area_id, code, title, lead_organisation_id)
       SELECT strategy_id, focus_area_id, 'A.2', 'Klynger og uddannelse', lead_organisation_id
         FROM initiatives WHERE id = $1 RETURNING id`,
      [plan.initiative],
    );
    const [{ strategyId }] = await t.dataSource.query(
      'SELECT strategy_id AS "strategyId" FROM initiatives WHERE id = $1',
      [plan.initiative],
    );
    const created = await t
      .http()
      .post('/api/reporting-rounds')
      .send({
        strategyId,
        title: 'Styregruppemøde juli 2017',
        dueDate: plus(14),
        meetingDate: plus(21),
      });
    expect(created.status).toBe(201);
    roundId = created.body.id;
  });

  const open = async () => {
    await t.http().post(`/api/reporting-rounds/${roundId}/open`).expect(200);
    await settled(t);
  };
  const submit = (initiativeId: number) =>
    t
      .http()
      .post('/api/status-reports')
      .send({ roundId, initiativeId, health: 'green', state: 'submitted' })
      .expect(201);
  const runOn = async (day: string) => {
    await run(t, { asOf: day });
    await settled(t);
  };
  const to = (address: string) => smtp.received.filter((m) => addressOf(m) === address);
  const OLGA = 'olgaowner@example.dk';
  const KAJ = 'kajkontakt@example.dk';
  const SARA = 'sarasekretr@example.dk';

  it('asks for the reports when the round opens, with a link that signs in to the report form', async () => {
    await open();
    expect(smtp.received.map(addressOf).sort()).toEqual([KAJ, OLGA]);
    const [mail] = to(OLGA);
    expect(mail.subject).toBe(
      'Pejling: »Statusrapport til Styregruppemøde juli 2017« forfalder om 14 dage',
    );
    expect(mail.text).toContain('Skriv initiativets statusrapport i Pejling');
    const [link] = signInLinks(mail.text);
    const signedIn = await request(t.app.getHttpServer())
      .post('/api/auth/link')
      .send({ token: tokenOf(link) });
    expect(signedIn.body.path).toBe(`/reporting-rounds/${roundId}/report/${plan.initiative}`);
    // Kaj, in English, as the contact of the organisation that leads A.2.
    expect(to(KAJ)[0].subject).toBe(
      'Pejling: “Status report for Styregruppemøde juli 2017” is due in 14 days',
    );

    // Opening sent today's requests; the daily scan of the same day adds nothing.
    await runOn(DAY);
    expect(smtp.received).toHaveLength(2);
  });

  it('reminds before the due date only those who have not reported, and tells the secretariat who is missing after it', async () => {
    await open();
    smtp.received.length = 0;
    await submit(plan.initiative);

    await runOn(plus(7));
    expect(smtp.received.map(addressOf)).toEqual([KAJ]);
    await runOn(plus(13));
    expect(smtp.received.map(addressOf)).toEqual([KAJ, KAJ]);

    await runOn(plus(15));
    const [missing] = to(SARA);
    expect(missing.text).toContain('A.2 Klynger og uddannelse');
    expect(missing.text).toContain('Initiativets statusrapport mangler stadig');
    expect(missing.text).not.toContain('Klynger i hele landet');
    const [link] = signInLinks(missing.text);
    const signedIn = await request(t.app.getHttpServer())
      .post('/api/auth/link')
      .send({ token: tokenOf(link) });
    expect(signedIn.body.path).toBe(`/reporting-rounds/${roundId}/show`);
  });

  it('reminds the missing ones now when the secretariat asks, once a day', async () => {
    await t.dataSource.query(
      `UPDATE reminder_rules SET active = false WHERE kind = 'round_request'`,
    );
    try {
      await open();
      expect(smtp.received).toEqual([]);
      await submit(second);
      const first = await t.http().post(`/api/reporting-rounds/${roundId}/remind`);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ recorded: 1, queued: 1, mail: 'smtp' });
      await settled(t);
      expect(smtp.received.map(addressOf)).toEqual([OLGA]);
      const again = await t.http().post(`/api/reporting-rounds/${roundId}/remind`);
      expect(again.body).toEqual({ recorded: 0, queued: 0, mail: 'smtp' });
    } finally {
      await t.dataSource.query(
        `UPDATE reminder_rules SET active = true WHERE kind = 'round_request'`,
      );
    }
  });

  it('asks someone who unsubscribed, but does not chase them', async () => {
    await t.dataSource.query('UPDATE people SET reminders_enabled = false WHERE id = $1', [
      plan.owner,
    ]);
    await open();
    expect(to(OLGA)).toHaveLength(1);
    await runOn(plus(7));
    expect(to(OLGA)).toHaveLength(1);
    expect(to(KAJ)).toHaveLength(2);
  });

  it('asks nothing of a round that is closed, and lists its deliveries by round', async () => {
    await open();
    await t.http().post(`/api/reporting-rounds/${roundId}/close`).expect(200);
    smtp.received.length = 0;
    await runOn(plus(7));
    await runOn(plus(15));
    expect(smtp.received).toEqual([]);
    const log = await t
      .http()
      .get(`/api/reminder-deliveries?filter=${JSON.stringify({ roundId })}`)
      .expect(200);
    expect(log.body).toHaveLength((await deliveries(t)).length);
    expect(log.body[0]).toMatchObject({
      kind: 'round_request',
      roundId,
      roundTitle: 'Styregruppemøde juli 2017',
      milestoneId: null,
      milestoneTitle: null,
      status: 'sent',
    });
    expect((await t.http().post(`/api/reporting-rounds/${roundId}/remind`)).status).toBe(409);
  });
});
