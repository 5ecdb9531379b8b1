import { TestApp, createTestApp } from '../testing/test-app';
import { DueReminder, dueReminders, recordDueReminders } from './reminder-scan';
import { Plan, addPerson, createPlan } from '../testing/reminders';

/**
 * A small plan in SQL: one initiative led by an organisation with a contact person, a
 * responsible person, two secretariat members (one inactive), and milestones placed
 * around the scan day by how late they are on it.
 */
describe('deciding which reminders are due', () => {
  let t: TestApp;
  let ids: Record<string, number>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await t.truncate();
    const plan = await createPlan(t);
    const person = (name: string, o: { role?: string; active?: boolean } = {}) =>
      addPerson(t, plan.organisation, name, o);
    ids = {
      owner: plan.owner,
      contact: plan.contact,
      sekretariat: plan.secretariat,
      former: await person('Frede', { role: 'secretariat', active: false }),
      initiativeOwner: await person('Ida'),
      initiative: plan.initiative,
    };
    await t.dataSource.query(
      'INSERT INTO initiative_responsibles (initiative_id, person_id) VALUES ($1, $2)',
      [ids.initiative, ids.initiativeOwner],
    );
  });

  /** A milestone that is `late` days past due on `day` (negative: due in that many days). */
  async function milestone(
    day: string,
    late: number,
    o: { status?: string; responsible?: number | null } = {},
  ) {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO milestones (initiative_id, title, due_date, responsible_person_id, status, completed_on)
       VALUES ($1, $2, $3::date - $4::int, $5, $6, CASE WHEN $6 = 'done' THEN $3::date END) RETURNING id`,
      [
        ids.initiative,
        `late ${late}`,
        day,
        late,
        o.responsible === undefined ? ids.owner : o.responsible,
        o.status ?? 'planned',
      ],
    );
    return id as number;
  }

  /** The due reminders as [kind, days late, recipient role, recipient] rows, sorted. */
  const summary = (due: DueReminder[]) =>
    due
      .map((d) => [
        d.kind,
        d.daysLate,
        d.recipientRole,
        Object.keys(ids).find((k) => ids[k] === d.recipientPersonId),
      ])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  const DAY = '2017-06-15';

  it('reminds the responsible person 14 and 3 days before the due date, and on no other day', async () => {
    for (const late of [-15, -14, -13, -4, -3, -2, 0]) await milestone(DAY, late);
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['due_soon', -14, 'responsible', 'owner'],
      ['due_soon', -3, 'responsible', 'owner'],
    ]);
  });

  it('reminds when 1 day overdue, then every 7 days while the milestone stays open', async () => {
    for (const late of [1, 2, 7, 8, 9, 15, 22]) await milestone(DAY, late);
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['overdue', 1, 'responsible', 'owner'],
      ['overdue', 15, 'responsible', 'owner'],
      ['overdue', 22, 'responsible', 'owner'],
      ['overdue', 8, 'responsible', 'owner'],
    ]);
  });

  it('escalates at 14 days to the lead organisation’s contact and at 28 to the active secretariat', async () => {
    await milestone(DAY, 14);
    await milestone(DAY, 28);
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['escalation', 14, 'lead_contact', 'contact'],
      ['escalation', 14, 'responsible', 'owner'],
      ['escalation', 28, 'responsible', 'owner'],
      ['escalation', 28, 'secretariat', 'sekretariat'],
    ]);
  });

  it('escalates in place of a missing contact person to the initiative’s responsible people in the lead organisation', async () => {
    await t.dataSource.query('UPDATE organisations SET contact_person_id = NULL');
    await milestone(DAY, 14);
    const due = await dueReminders(t.dataSource, DAY);
    expect(summary(due)).toEqual([
      ['escalation', 14, 'lead_responsible', 'initiativeOwner'],
      ['escalation', 14, 'responsible', 'owner'],
    ]);
    expect(due.map((d) => [d.recipientRole, d.standsInFor]).sort()).toEqual([
      ['lead_responsible', 'lead_contact'],
      ['responsible', null],
    ]);
  });

  it('escalates to the secretariat when the lead organisation has nobody to stand in for its contact', async () => {
    // The contact person is no longer active, and the initiative's responsible person is
    // in another organisation: nobody in the lead organisation can follow up.
    await t.dataSource.query('UPDATE people SET active = false WHERE id = $1', [ids.contact]);
    const [{ id: other }] = await t.dataSource.query(
      `INSERT INTO organisations (name, short_name, kind) VALUES ('Regionen', 'RH', 'region') RETURNING id`,
    );
    await t.dataSource.query('UPDATE people SET organisation_id = $2 WHERE id = $1', [
      ids.initiativeOwner,
      other,
    ]);
    await milestone(DAY, 14);
    const due = await dueReminders(t.dataSource, DAY);
    expect(summary(due)).toEqual([
      ['escalation', 14, 'responsible', 'owner'],
      ['escalation', 14, 'secretariat', 'sekretariat'],
    ]);
    expect(due.find((d) => d.recipientRole === 'secretariat')?.standsInFor).toBe('lead_contact');
    // Responsible for the initiative in the lead organisation is only the milestone's own
    // responsible person, who is told already: not a stand-in for the contact.
    await t.dataSource.query('DELETE FROM initiative_responsibles');
    await t.dataSource.query(
      'INSERT INTO initiative_responsibles (initiative_id, person_id) VALUES ($1, $2)',
      [ids.initiative, ids.owner],
    );
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['escalation', 14, 'responsible', 'owner'],
      ['escalation', 14, 'secretariat', 'sekretariat'],
    ]);
  });

  it('escalates to each lead organisation’s contact, and stands in for each one without', async () => {
    const q = async (sql: string, params: unknown[] = []) =>
      (await t.dataSource.query(sql, params))[0]?.id as number;
    // A second lead with its own contact, and a third with neither contact nor anyone
    // responsible in it.
    const second = await q(
      `INSERT INTO organisations (name, short_name, kind) VALUES ('Regionen', 'RH', 'region') RETURNING id`,
    );
    ids.regionContact = await addPerson(t, second, 'Rita');
    await t.dataSource.query('UPDATE organisations SET contact_person_id = $2 WHERE id = $1', [
      second,
      ids.regionContact,
    ]);
    const third = await q(
      `INSERT INTO organisations (name, short_name, kind) VALUES ('Kommunen', 'KOM', 'municipality') RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO initiative_leads (initiative_id, organisation_id, position)
       VALUES ($1, $2, 1), ($1, $3, 2)`,
      [ids.initiative, second, third],
    );
    await milestone(DAY, 14);
    const due = await dueReminders(t.dataSource, DAY);
    expect(summary(due)).toEqual([
      ['escalation', 14, 'lead_contact', 'contact'],
      ['escalation', 14, 'lead_contact', 'regionContact'],
      ['escalation', 14, 'responsible', 'owner'],
      ['escalation', 14, 'secretariat', 'sekretariat'],
    ]);
    expect(due.find((d) => d.recipientRole === 'secretariat')?.standsInFor).toBe('lead_contact');
    // With someone responsible for the initiative in the third, that person stands in.
    ids.municipal = await addPerson(t, third, 'Mads');
    await t.dataSource.query(
      'INSERT INTO initiative_responsibles (initiative_id, person_id) VALUES ($1, $2)',
      [ids.initiative, ids.municipal],
    );
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['escalation', 14, 'lead_contact', 'contact'],
      ['escalation', 14, 'lead_contact', 'regionContact'],
      ['escalation', 14, 'lead_responsible', 'municipal'],
      ['escalation', 14, 'responsible', 'owner'],
    ]);
  });

  it('escalates to the secretariat when the initiative has no lead organisation', async () => {
    await t.dataSource.query('DELETE FROM initiative_leads');
    await milestone(DAY, 14);
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['escalation', 14, 'responsible', 'owner'],
      ['escalation', 14, 'secretariat', 'sekretariat'],
    ]);
  });

  it('never reminds of done or cancelled milestones', async () => {
    await milestone(DAY, -3, { status: 'done' });
    await milestone(DAY, 1, { status: 'cancelled' });
    await milestone(DAY, 14, { status: 'done' });
    expect(await dueReminders(t.dataSource, DAY)).toEqual([]);
  });

  it('reminds the initiative’s responsible people when the milestone has none, and not inactive people', async () => {
    await milestone(DAY, -3, { responsible: null });
    await t.dataSource.query('UPDATE people SET active = false WHERE id = $1', [ids.owner]);
    await milestone(DAY, -14);
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['due_soon', -3, 'responsible', 'initiativeOwner'],
    ]);
  });

  it('tells a person once per rule and milestone, in the first of their roles', async () => {
    await t.dataSource.query('UPDATE organisations SET contact_person_id = $1', [ids.owner]);
    await milestone(DAY, 14);
    expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
      ['escalation', 14, 'responsible', 'owner'],
    ]);
  });

  it('skips rules the secretariat has switched off', async () => {
    const rule = `kind = 'due_soon' AND days = 3`;
    await t.dataSource.query(`UPDATE reminder_rules SET active = false WHERE ${rule}`);
    try {
      await milestone(DAY, -3);
      await milestone(DAY, -14);
      expect(summary(await dueReminders(t.dataSource, DAY))).toEqual([
        ['due_soon', -14, 'responsible', 'owner'],
      ]);
    } finally {
      // The rules are not part of what truncate() empties.
      await t.dataSource.query(`UPDATE reminder_rules SET active = true WHERE ${rule}`);
    }
  });

  it.each([
    ['across a year boundary', '2018-01-02', '2017-12-19'],
    ['on the day summer time starts', '2017-03-26', '2017-03-12'],
    ['on the day summer time ends', '2017-10-29', '2017-10-15'],
  ])('counts calendar days %s', async (_, day, dueDate) => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO milestones (initiative_id, title, due_date, responsible_person_id) VALUES ($1, 'x', $2, $3) RETURNING id`,
      [ids.initiative, dueDate, ids.owner],
    );
    const due = await dueReminders(t.dataSource, day);
    expect(due.map((d) => [d.milestoneId, d.kind, d.daysLate, d.recipientRole])).toEqual(
      expect.arrayContaining([[id, 'escalation', 14, 'responsible']]),
    );
  });

  it('writes each delivery once: a second scan, or two at once, add nothing', async () => {
    for (const late of [-14, -3, 1, 14, 28]) await milestone(DAY, late);
    const expected = (await dueReminders(t.dataSource, DAY)).length;
    expect(expected).toBe(7);

    const [a, b] = await Promise.all([
      recordDueReminders(t.dataSource, DAY),
      recordDueReminders(t.dataSource, DAY),
    ]);
    expect(a.length + b.length).toBe(expected);
    expect(await recordDueReminders(t.dataSource, DAY)).toEqual([]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reminder_deliveries WHERE status = 'pending'`,
    );
    expect(n).toBe(expected);

    // The next day is a new day: what is due then is written, for that day.
    await milestone('2017-06-16', -3);
    const next = await dueReminders(t.dataSource, '2017-06-16');
    // Due in 3 days, and overdue by 15 and by 29 days (1 + 2·7, 1 + 4·7).
    expect(summary(next)).toEqual([
      ['due_soon', -3, 'responsible', 'owner'],
      ['overdue', 15, 'responsible', 'owner'],
      ['overdue', 29, 'responsible', 'owner'],
    ]);
    const written = await recordDueReminders(t.dataSource, '2017-06-16');
    expect(written.map((d) => d.day)).toEqual(next.map(() => '2017-06-16'));
  });
});

/**
 * A reporting round opened on DAY, due 10 days later, asking the targets' figures of 2016
 * of the plan's strategy; no initiatives, so that only the calls for figures are due.
 */
describe('deciding which calls for figures are due', () => {
  const DAY = '2017-06-15';
  let t: TestApp;
  let plan: Plan;
  let strategy: number;
  let round: number;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await t.truncate();
    plan = await createPlan(t);
    [{ strategy }] = await t.dataSource.query(
      'SELECT strategy_id AS strategy FROM initiatives WHERE id = $1',
      [plan.initiative],
    );
    [{ round }] = await t.dataSource.query(
      `INSERT INTO reporting_rounds (strategy_id, title, due_date, meeting_date, state, opened_at, opened_on, figures_year)
       VALUES ($1, 'Runde', $2::date + 10, $2::date + 14, 'open', now(), $2, 2016) RETURNING id AS round`,
      [strategy, DAY],
    );
  });

  /**
   * Target `number` of `o.strategy` (the plan's), owned by the plan's organisation and
   * `o.person`, with a series of the years given and, if `o.state`, its 2016 figure so.
   */
  async function target(
    number: number,
    o: { person?: number; state?: string; targetYear?: number; strategy?: number } = {},
  ) {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO targets (strategy_id, number, title, data_owner_organisation_id, data_owner_person_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [o.strategy ?? strategy, number, `Pejlemærke ${number}`, plan.organisation, o.person ?? null],
    );
    const [{ id: series }] = await t.dataSource.query(
      `INSERT INTO target_series (target_id, key, label, target_year) VALUES ($1, 'main', 'Antal', $2) RETURNING id`,
      [id, o.targetYear ?? null],
    );
    if (o.state) {
      await t.dataSource.query(
        `INSERT INTO measurements (series_id, year, value, state, return_reason)
         VALUES ($1, 2016, 1, $2, CASE WHEN $2 = 'returned' THEN 'Forkert' END)`,
        [series, o.state],
      );
    }
    return id as number;
  }

  /** The due reminders as [kind, target, recipient] rows, sorted. */
  const calls = async (day: string) =>
    (await dueReminders(t.dataSource, day))
      .map((d) => [d.kind, d.targetId, d.recipientRole, d.recipientPersonId, d.roundId])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it('asks the data owner’s person for each target with a figure missing or returned, and for none approved or proposed', async () => {
    const missing = await target(1, { person: plan.owner });
    const returned = await target(2, { person: plan.owner, state: 'returned' });
    await target(3, { person: plan.owner, state: 'approved' });
    await target(4, { person: plan.owner, state: 'proposed' });
    // Its series ends before the year; and another strategy's target.
    await target(5, { person: plan.owner, targetYear: 2015 });
    const [{ other }] = await t.dataSource.query(
      `INSERT INTO strategies (name, period_start, period_end) VALUES ('T', '2016-01-01', '2018-12-31') RETURNING id AS other`,
    );
    await target(1, { person: plan.owner, strategy: other });

    expect(await calls(DAY)).toEqual([
      ['round_request', missing, 'data_owner', plan.owner, round],
      ['round_request', returned, 'data_owner', plan.owner, round],
    ]);
    // A week before its due date, the round reminds of the same; the day after, nothing.
    expect((await calls('2017-06-18')).map((c) => c[0])).toEqual([
      'round_due_soon',
      'round_due_soon',
    ]);
    expect(await calls('2017-06-16')).toEqual([]);
    const recorded = await recordDueReminders(t.dataSource, DAY);
    expect(recorded.map((d) => d.targetId).sort()).toEqual([missing, returned].sort());
    expect(await recordDueReminders(t.dataSource, DAY)).toEqual([]);
  });

  it('asks the organisation’s contact person without an active person, else its active owners; the secretariat hears what is missing after the due date', async () => {
    const leaver = await addPerson(t, plan.organisation, 'Lene Leaver', { active: false });
    const byContact = await target(1);
    const byLeaverContact = await target(2, { person: leaver });
    expect(await calls(DAY)).toEqual([
      ['round_request', byContact, 'data_owner', plan.contact, round],
      ['round_request', byLeaverContact, 'data_owner', plan.contact, round],
    ]);

    await t.dataSource.query('UPDATE people SET active = false WHERE id = $1', [plan.contact]);
    const owners = (await calls(DAY)).filter((c) => c[1] === byContact).map((c) => c[3]);
    // Olga is the organisation's only active owner: Kaj has left, Sara is the secretariat.
    expect(owners).toEqual([plan.owner]);

    expect(await calls('2017-06-26')).toEqual([
      ['round_missing', byContact, 'secretariat', plan.secretariat, round],
      ['round_missing', byLeaverContact, 'secretariat', plan.secretariat, round],
    ]);
  });
});
