import { TestApp, createTestApp } from '../../testing/test-app';
import { DAY, createPlan, milestone, run } from '../../testing/reminders';

/** The rules as data: their shape is checked, and the scan follows what they say. */
describe('reminder rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(DAY);
  });
  afterAll(() => t.close());

  let restore: () => Promise<void>;
  beforeAll(async () => {
    restore = await t.keep();
  });
  afterEach(() => restore());

  const rules = async () => (await t.http().get('/api/reminder-rules').expect(200)).body;

  it('come seeded with the defaults: milestones 14 and 3 days before, overdue every 7 days, escalations at 14 and 28; rounds', async () => {
    expect(
      (await rules()).map((r: Record<string, unknown>) => [
        r.kind,
        r.days,
        r.repeatEveryDays,
        r.escalateTo,
        r.active,
      ]),
    ).toEqual([
      ['due_soon', 14, null, null, true],
      ['due_soon', 3, null, null, true],
      ['overdue', 1, 7, null, true],
      ['escalation', 14, null, 'lead_contact', true],
      ['escalation', 28, null, 'secretariat', true],
      ['round_request', 0, null, null, true],
      ['round_due_soon', 7, null, null, true],
      ['round_due_soon', 1, null, null, true],
      ['round_missing', 1, null, null, true],
    ]);
  });

  it.each([
    [{ kind: 'escalation', days: 40 }, 'escalateTo', /must say whom it tells/],
    [{ kind: 'due_soon', days: 7, escalateTo: 'secretariat' }, 'escalateTo', /only an escalation/],
    [{ kind: 'due_soon', days: 7, repeatEveryDays: 7 }, 'repeatEveryDays', /only an overdue/],
    [{ kind: 'due_soon', days: -1 }, 'days', /days/],
    [{ kind: 'due_soon', days: 400 }, 'days', /days/],
    [{ kind: 'weekly', days: 7 }, 'kind', /kind/],
    [{ kind: 'overdue', days: 2, repeatEveryDays: 0 }, 'repeatEveryDays', /repeatEveryDays/],
  ])('refuses %j with a 400 naming %s', async (body, field, message) => {
    const res = await t.http().post('/api/reminder-rules').send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field, messages: expect.arrayContaining([expect.stringMatching(message)]) },
      ]),
    );
    expect(await rules()).toHaveLength(9);
  });

  it('refuses a second rule that would remind the same way, with a 409', async () => {
    const res = await t.http().post('/api/reminder-rules').send({ kind: 'due_soon', days: 14 });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/already a rule of this kind with these days/);
  });

  it('are followed by the scan: a new rule reminds, a deactivated one does not', async () => {
    const plan = await createPlan(t);
    await milestone(t, plan, 'Om en uge', -7);
    await milestone(t, plan, 'Om tre dage', -3);
    const dry = async () => {
      const result = await run(t, { asOf: DAY, dryRun: true });
      return result.dryRun ? result.due.map((d) => d.milestoneTitle).sort() : [];
    };
    expect(await dry()).toEqual(['Om tre dage']);

    await t.http().post('/api/reminder-rules').send({ kind: 'due_soon', days: 7 }).expect(201);
    const threeDays = (await rules()).find((r: { days: number }) => r.days === 3);
    await t
      .http()
      .put(`/api/reminder-rules/${threeDays.id}`)
      .send({ ...threeDays, active: false })
      .expect(200);
    expect(await dry()).toEqual(['Om en uge']);
  });

  it('cannot be deleted once they have reminded someone: deactivating keeps the log whole', async () => {
    const plan = await createPlan(t);
    await milestone(t, plan, 'Om tre dage', -3);
    await run(t);
    const threeDays = (await rules()).find((r: { days: number }) => r.days === 3);
    const res = await t.http().delete(`/api/reminder-rules/${threeDays.id}`);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/deactivate it instead/);
    expect(await rules()).toHaveLength(9);
  });
});
