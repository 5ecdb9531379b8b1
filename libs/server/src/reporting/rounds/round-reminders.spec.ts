import request from 'supertest';
import { signInLinks, tokenOf } from '../../testing/mail-links';
import type { TestSmtpServer } from '../../testing/smtp';
import type { TestApp } from '../../testing/test-app';
import {
  DAY,
  addPerson,
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
      `INSERT INTO initiatives (strategy_id, focus_area_id, code, title)
       SELECT strategy_id, focus_area_id, 'A.2', 'Klynger og uddannelse'
         FROM initiatives WHERE id = $1 RETURNING id`,
      [plan.initiative],
    );
    await t.dataSource.query(
      `INSERT INTO initiative_leads (initiative_id, organisation_id, position)
       SELECT $2, organisation_id, position FROM initiative_leads WHERE initiative_id = $1`,
      [plan.initiative, second],
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

  it('asks the data owners for the figures the round asks for, in the same e-mail, with a link to where they propose them', async () => {
    // Target 1's data owner is the plan's organisation, naming Olga; its 2016 figure is missing.
    const [{ id: target }] = await t.dataSource.query(
      `INSERT INTO targets (strategy_id, number, title, data_owner_organisation_id, data_owner_person_id)
       SELECT strategy_id, 1, 'Flere virksomheder i klynger', $2, $3 FROM initiatives WHERE id = $1
       RETURNING id`,
      [plan.initiative, plan.organisation, plan.owner],
    );
    await t.dataSource.query(
      `INSERT INTO target_series (target_id, key, label) VALUES ($1, 'main', 'Virksomheder')`,
      [target],
    );
    const round = (await t.http().get(`/api/reporting-rounds/${roundId}`).expect(200)).body;
    await t
      .http()
      .put(`/api/reporting-rounds/${roundId}`)
      .send({ ...round, figuresYear: 2016 })
      .expect(200);
    await open();

    const [mail] = to(OLGA);
    expect(mail.subject).toBe('Pejling: 2 opgaver forfalder snart');
    expect(mail.text).toContain('Tal til pejlemærkerne');
    expect(mail.text).toContain('- Tal for 2016 til pejlemærke 1: Flere virksomheder i klynger');
    expect(mail.text).toContain('Du får denne besked for dataejeren af pejlemærkets tal.');
    const paths: string[] = [];
    for (const link of signInLinks(mail.text)) {
      const signedIn = await request(t.app.getHttpServer())
        .post('/api/auth/link')
        .send({ token: tokenOf(link) });
      paths.push(signedIn.body.path);
    }
    expect(paths).toEqual([
      `/reporting-rounds/${roundId}/report/${plan.initiative}`,
      `/reporting-rounds/${roundId}/figures`,
    ]);

    // The run's preview and the delivery log name the target.
    const preview = await run(t, { asOf: DAY, dryRun: true });
    expect('due' in preview && preview.due.filter((d) => d.targetId !== null)).toEqual([
      expect.objectContaining({
        kind: 'round_request',
        roundId,
        initiativeId: null,
        targetId: target,
        targetTitle: 'Flere virksomheder i klynger',
        recipientRole: 'data_owner',
        recorded: expect.objectContaining({ status: 'sent' }),
      }),
    ]);
    const log = await t
      .http()
      .get(`/api/reminder-deliveries?filter=${JSON.stringify({ targetId: target })}`)
      .expect(200);
    expect(log.body).toEqual([
      expect.objectContaining({ targetNumber: 1, initiativeId: null, initiativeCode: null }),
    ]);

    // Once the figure is proposed, the reminders before the due date leave it alone.
    await t.dataSource.query(
      `INSERT INTO measurements (series_id, year, value, source, state)
       SELECT id, 2016, 1200, 'Opgørelse', 'proposed' FROM target_series WHERE target_id = $1`,
      [target],
    );
    smtp.received.length = 0;
    await runOn(plus(7));
    expect(to(OLGA).map((m) => m.text)).toEqual([expect.not.stringContaining('Tal for 2016')]);
  });

  it('asks the contact of each lead organisation of an initiative that nobody answers for', async () => {
    const [{ id: region }] = await t.dataSource.query(
      `INSERT INTO organisations (name, short_name, kind) VALUES ('Regionen', 'RH', 'region') RETURNING id`,
    );
    const rita = await addPerson(t, region, 'Rita Region');
    await t.dataSource.query('UPDATE organisations SET contact_person_id = $2 WHERE id = $1', [
      region,
      rita,
    ]);
    await t.dataSource.query(
      'INSERT INTO initiative_leads (initiative_id, organisation_id, position) VALUES ($1, $2, 1)',
      [second, region],
    );
    await open();
    expect(smtp.received.map(addressOf).sort()).toEqual([KAJ, OLGA, 'ritaregion@example.dk']);
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
