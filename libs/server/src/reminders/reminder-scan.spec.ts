import { TestApp, createTestApp } from '../testing/test-app';
import { DueReminder, dueReminders, recordDueReminders } from './reminder-scan';
import { addPerson, createPlan } from '../testing/reminders';

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
