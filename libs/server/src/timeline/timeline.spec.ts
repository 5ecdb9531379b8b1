import { AccountName, SignedInWorld, useSignedInWorld } from '../testing/accounts';
import { expectError } from '../testing/expectations';
import { Factory } from '../testing/factories';
import { TestApp, createTestApp } from '../testing/test-app';

const TODAY = '2017-06-15';

describe('GET /api/timeline', () => {
  let t: TestApp;
  let f: Factory;
  let restore: () => Promise<void>;
  let plan: Awaited<ReturnType<typeof buildPlans>>;

  /**
   * Klyngestrategi (running today): focus area B before A by sort order, A with two
   * initiatives (milestones out of order, one of each kind), an empty C; and a later
   * strategy whose records must not leak into the first.
   */
  async function buildPlans() {
    const klynge = await f.strategy({
      name: 'Klyngestrategi 2.0',
      periodStart: '2016-01-01',
      periodEnd: '2018-12-31',
    });
    const a = await f.focusArea({
      strategyId: klynge.id,
      code: 'A',
      title: 'Forskning',
      sortOrder: 2,
    });
    const b = await f.focusArea({
      strategyId: klynge.id,
      code: 'B',
      title: 'Global',
      sortOrder: 1,
    });
    const c = await f.focusArea({ strategyId: klynge.id, code: 'C', title: 'Tom', sortOrder: 3 });
    const a2 = await f.initiative({
      focusAreaId: a.id,
      code: 'A.2',
      title: 'Klynger og forskning',
      startDate: '2016-03-01',
      endDate: '2018-06-30',
      status: 'on_hold',
      health: 'red',
    });
    const a1 = await f.initiative({
      focusAreaId: a.id,
      code: 'A.1',
      title: 'Fælles portal',
      status: 'in_progress',
      health: 'green',
    });
    const b1 = await f.initiative({ focusAreaId: b.id, code: 'B.1', title: 'Eksport' });
    const m = (initiativeId: number, dueDate: string, status: string, title: string) =>
      f.milestone({ initiativeId, dueDate, status, title });
    const later = await m(a1.id, '2017-12-01', 'in_progress', 'Lancering');
    const yesterday = await m(a1.id, '2017-06-14', 'planned', 'Udbud'); // overdue
    const today = await m(a1.id, TODAY, 'delayed', 'Workshop'); // due today: not overdue
    const done = await m(a1.id, '2017-01-10', 'done', 'Analyse'); // done: never overdue
    const cancelled = await m(a2.id, '2016-05-01', 'cancelled', 'Aflyst'); // never overdue

    const vaekst = await f.strategy({
      name: 'Vækstplan',
      periodStart: '2019-01-01',
      periodEnd: '2020-12-31',
    });
    const va = await f.focusArea({ strategyId: vaekst.id, code: 'A', title: 'Digitalisering' });
    const va1 = await f.initiative({ focusAreaId: va.id, code: 'A.1', title: 'Data' });
    const vm = await m(va1.id, '2019-03-01', 'planned', 'Start');
    return {
      klynge,
      a,
      b,
      c,
      a1,
      a2,
      b1,
      later,
      yesterday,
      today,
      done,
      cancelled,
      vaekst,
      va,
      va1,
      vm,
    };
  }

  beforeAll(async () => {
    t = await createTestApp(TODAY);
    f = new Factory(t);
    plan = await buildPlans();
    restore = await t.keep();
  });
  afterAll(() => t.close());
  beforeEach(() => restore());

  it('answers the focus areas in order, their initiatives by code, milestones by due date', async () => {
    const { body } = await t.http().get(`/api/timeline?strategyId=${plan.klynge.id}`).expect(200);
    const milestone = (
      record: { id: number },
      title: string,
      dueDate: string,
      status: string,
      overdue: boolean,
      completedOn: string | null = null,
    ) => ({
      id: record.id,
      title,
      dueDate,
      originalDueDate: dueDate,
      status,
      completedOn,
      overdue,
    });
    expect(body).toEqual({
      strategyId: plan.klynge.id,
      strategyName: 'Klyngestrategi 2.0',
      periodStart: '2016-01-01',
      periodEnd: '2018-12-31',
      today: TODAY,
      focusAreas: [
        {
          id: plan.b.id,
          code: 'B',
          title: 'Global',
          initiatives: [
            {
              id: plan.b1.id,
              code: 'B.1',
              title: 'Eksport',
              startDate: null,
              endDate: null,
              status: 'not_started',
              health: null,
              milestones: [],
            },
          ],
        },
        {
          id: plan.a.id,
          code: 'A',
          title: 'Forskning',
          initiatives: [
            {
              id: plan.a1.id,
              code: 'A.1',
              title: 'Fælles portal',
              startDate: null,
              endDate: null,
              status: 'in_progress',
              health: 'green',
              milestones: [
                milestone(plan.done, 'Analyse', '2017-01-10', 'done', false, expect.any(String)),
                milestone(plan.yesterday, 'Udbud', '2017-06-14', 'planned', true),
                milestone(plan.today, 'Workshop', TODAY, 'delayed', false),
                milestone(plan.later, 'Lancering', '2017-12-01', 'in_progress', false),
              ],
            },
            {
              id: plan.a2.id,
              code: 'A.2',
              title: 'Klynger og forskning',
              startDate: '2016-03-01',
              endDate: '2018-06-30',
              status: 'on_hold',
              health: 'red',
              milestones: [milestone(plan.cancelled, 'Aflyst', '2016-05-01', 'cancelled', false)],
            },
          ],
        },
        { id: plan.c.id, code: 'C', title: 'Tom', initiatives: [] },
      ],
    });
    const completedOn = body.focusAreas[1].initiatives[0].milestones[0].completedOn;
    expect(completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('orders initiatives by their number: A.2 before A.10', async () => {
    await f.initiative({ focusAreaId: plan.a.id, code: 'A.10', title: 'Tiende' });
    const { body } = await t.http().get(`/api/timeline?strategyId=${plan.klynge.id}`).expect(200);
    expect(body.focusAreas[1].initiatives.map((i: { code: string }) => i.code)).toEqual([
      'A.1',
      'A.2',
      'A.10',
    ]);
  });

  it('shows the strategy running today when none is named', async () => {
    const named = await t.http().get(`/api/timeline?strategyId=${plan.klynge.id}`).expect(200);
    const current = await t.http().get('/api/timeline').expect(200);
    expect(current.body).toEqual(named.body);
  });

  it("shows another strategy's plan and nothing of the first", async () => {
    const { body } = await t.http().get(`/api/timeline?strategyId=${plan.vaekst.id}`).expect(200);
    expect(body.focusAreas).toHaveLength(1);
    expect(body.focusAreas[0].initiatives.map((i: { id: number }) => i.id)).toEqual([plan.va1.id]);
    expect(body.focusAreas[0].initiatives[0].milestones).toEqual([
      expect.objectContaining({ id: plan.vm.id, overdue: false }),
    ]);
  });

  it('follows a milestone marked done: no longer overdue, with its completion date', async () => {
    const { body: ms } = await t.http().get(`/api/milestones/${plan.yesterday.id}`).expect(200);
    await t
      .http()
      .put(`/api/milestones/${ms.id}`)
      .send({ ...ms, status: 'done' })
      .expect(200);
    const { body } = await t.http().get(`/api/timeline?strategyId=${plan.klynge.id}`).expect(200);
    const found = body.focusAreas[1].initiatives[0].milestones.find(
      (x: { id: number }) => x.id === plan.yesterday.id,
    );
    expect(found).toMatchObject({ status: 'done', overdue: false });
    expect(found.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers 404 for a strategy that does not exist', async () => {
    expectError(
      await t.http().get('/api/timeline?strategyId=999999'),
      404,
      'strategy 999999 does not exist',
    );
  });

  it.each(['abc', '0', '-1', '1.0', '99999999999', ''])(
    'answers 400 for strategyId=%p',
    async (id) => {
      expectError(
        await t.http().get(`/api/timeline?strategyId=${id}`),
        400,
        'id: must be a positive whole number',
      );
    },
  );

  it('answers 400 for strategyId given twice, or another parameter', async () => {
    expectError(await t.http().get('/api/timeline?strategyId=1&strategyId=2'), 400, 'id: must be');
    expectError(
      await t.http().get('/api/timeline?strategy=1'),
      400,
      'unknown query parameter: strategy',
    );
  });

  it('answers 404 when there is no strategy at all', async () => {
    await t.truncate();
    expectError(await t.http().get('/api/timeline'), 404, 'there is no strategy yet');
  });
});

describe('GET /api/timeline by role', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  it.each<AccountName>(['secretariat', 'steering', 'anna'])('%s may read it', async (name) => {
    const { body } = await w.accounts[name].agent
      .get(`/api/timeline?strategyId=${w.strategies.klynge.id}`)
      .expect(200);
    expect(body.strategyId).toBe(w.strategies.klynge.id);
    expect(body.focusAreas.length).toBeGreaterThan(0);
  });

  it('answers 401 to someone not signed in', async () => {
    await t.http().get('/api/timeline').expect(401);
  });
});
