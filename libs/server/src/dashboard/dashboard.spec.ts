import { Factory } from '../testing/factories';
import { expectError } from '../testing/expectations';
import { TestApp, createTestApp } from '../testing/test-app';
import { periodElapsed } from './dashboard.service';

const TODAY = '2017-06-15';

/** Figures with every count zero unless given. */
function figures(given: {
  initiatives?: number;
  byHealth?: Partial<Record<'green' | 'amber' | 'red' | 'none', number>>;
  byStatus?: Partial<
    Record<'not_started' | 'in_progress' | 'completed' | 'on_hold' | 'cancelled', number>
  >;
  milestonesDone?: number;
  milestonesTotal?: number;
  milestonesOverdue?: number;
  milestonesMoved?: number;
}) {
  return {
    initiatives: given.initiatives ?? 0,
    byHealth: { green: 0, amber: 0, red: 0, none: 0, ...given.byHealth },
    byStatus: {
      not_started: 0,
      in_progress: 0,
      completed: 0,
      on_hold: 0,
      cancelled: 0,
      ...given.byStatus,
    },
    milestonesDone: given.milestonesDone ?? 0,
    milestonesTotal: given.milestonesTotal ?? 0,
    milestonesOverdue: given.milestonesOverdue ?? 0,
    milestonesMoved: given.milestonesMoved ?? 0,
  };
}

/** The per-focus-area part of the answer, without what the dashboard page added to it. */
const ADDED = ['progress', 'targets', 'overdue', 'dueSoon', 'dueSoonUntil'];
function classic(body: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !ADDED.includes(key)));
}

describe('GET /api/dashboard', () => {
  let t: TestApp;
  let f: Factory;
  let restore: () => Promise<void>;
  let plan: Awaited<ReturnType<typeof buildPlans>>;

  /**
   * Klyngestrategi (running today) with focus areas A (three initiatives), B (one) and an
   * empty C; a later strategy whose overdue milestone must not leak into the first.
   */
  async function buildPlans() {
    const klynge = await f.strategy({
      name: 'Klyngestrategi 2.0',
      periodStart: '2016-01-01',
      periodEnd: '2018-12-31',
    });
    const a = await f.focusArea({ strategyId: klynge.id, code: 'A', title: 'Forskning' });
    const b = await f.focusArea({
      strategyId: klynge.id,
      code: 'B',
      title: 'Internationalisering',
    });
    const c = await f.focusArea({ strategyId: klynge.id, code: 'C', title: 'Tom' });

    const a1 = await f.initiative({
      focusAreaId: a.id,
      code: 'A.1',
      health: 'green',
      status: 'in_progress',
    });
    const a2 = await f.initiative({
      focusAreaId: a.id,
      code: 'A.2',
      health: 'red',
      status: 'on_hold',
    });
    await f.initiative({ focusAreaId: a.id, code: 'A.3', status: 'not_started' });
    const b1 = await f.initiative({
      focusAreaId: b.id,
      code: 'B.1',
      health: 'amber',
      status: 'completed',
    });

    const m = (initiativeId: number, dueDate: string, status: string) =>
      f.milestone({ initiativeId, dueDate, status });
    await m(a1.id, '2017-01-10', 'done');
    await m(a1.id, '2017-06-14', 'planned'); // overdue: due yesterday
    await m(a1.id, TODAY, 'planned'); // due today: not yet overdue
    await m(a1.id, '2017-01-01', 'cancelled'); // neither counted nor overdue
    await m(a2.id, '2017-02-01', 'delayed'); // overdue
    await m(a2.id, '2017-12-01', 'in_progress');
    // Moved from March to September: counted as moved, with its original due date kept.
    const moved = await m(a2.id, '2017-03-15', 'planned');
    await t
      .http()
      .put(`/api/milestones/${moved.id}`)
      .send({ ...moved, dueDate: '2017-09-15' })
      .expect(200);
    const cancelledMove = await m(a2.id, '2017-03-20', 'cancelled'); // moved, but not counted
    await t
      .http()
      .put(`/api/milestones/${cancelledMove.id}`)
      .send({ ...cancelledMove, dueDate: '2017-10-20' })
      .expect(200);
    await m(b1.id, '2017-03-01', 'done');
    await m(b1.id, '2017-09-01', 'done'); // done ahead of time
    await m(b1.id, '2016-05-01', 'cancelled');

    const vaekst = await f.strategy({
      name: 'Vækstplan',
      periodStart: '2019-01-01',
      periodEnd: '2020-12-31',
    });
    const va = await f.focusArea({ strategyId: vaekst.id, code: 'A', title: 'Digitalisering' });
    const va1 = await f.initiative({
      focusAreaId: va.id,
      code: 'A.1',
      health: 'green',
      status: 'cancelled',
    });
    await m(va1.id, '2017-01-01', 'planned'); // overdue, but in the other strategy
    return { klynge, a, b, c, a1, a2, b1, vaekst, va, va1 };
  }

  beforeAll(async () => {
    t = await createTestApp(TODAY);
    f = new Factory(t);
    plan = await buildPlans();
    restore = await t.keep();
  });
  afterAll(() => t.close());
  beforeEach(() => restore());

  it("counts per focus area, in the areas' order, and adds them up", async () => {
    const { body: full } = await t
      .http()
      .get(`/api/dashboard?strategyId=${plan.klynge.id}`)
      .expect(200);
    const body = classic(full);
    const areaA = figures({
      initiatives: 3,
      byHealth: { green: 1, red: 1, none: 1 },
      byStatus: { in_progress: 1, on_hold: 1, not_started: 1 },
      milestonesDone: 1,
      milestonesTotal: 6,
      milestonesOverdue: 2,
      milestonesMoved: 1,
    });
    const areaB = figures({
      initiatives: 1,
      byHealth: { amber: 1 },
      byStatus: { completed: 1 },
      milestonesDone: 2,
      milestonesTotal: 2,
    });
    expect(body).toEqual({
      strategyId: plan.klynge.id,
      strategyName: 'Klyngestrategi 2.0',
      periodStart: '2016-01-01',
      periodEnd: '2018-12-31',
      today: TODAY,
      // 532 of the period's 1096 days have begun by 2017-06-15.
      periodElapsed: 49,
      focusAreas: [
        { focusAreaId: plan.a.id, code: 'A', title: 'Forskning', ...areaA },
        { focusAreaId: plan.b.id, code: 'B', title: 'Internationalisering', ...areaB },
        { focusAreaId: plan.c.id, code: 'C', title: 'Tom', ...figures({}) },
      ],
      totals: figures({
        initiatives: 4,
        byHealth: { green: 1, amber: 1, red: 1, none: 1 },
        byStatus: { in_progress: 1, on_hold: 1, not_started: 1, completed: 1 },
        milestonesDone: 3,
        milestonesTotal: 8,
        milestonesOverdue: 2,
        milestonesMoved: 1,
      }),
    });
  });

  it('shows the strategy running today when none is named', async () => {
    const named = await t.http().get(`/api/dashboard?strategyId=${plan.klynge.id}`).expect(200);
    const current = await t.http().get('/api/dashboard').expect(200);
    expect(current.body).toEqual(named.body);
  });

  it("shows another strategy's figures and nothing of the first", async () => {
    const { body: full } = await t
      .http()
      .get(`/api/dashboard?strategyId=${plan.vaekst.id}`)
      .expect(200);
    const body = classic(full);
    const va = figures({
      initiatives: 1,
      byHealth: { green: 1 },
      byStatus: { cancelled: 1 },
      milestonesTotal: 1,
      milestonesOverdue: 1,
    });
    expect(body).toEqual({
      strategyId: plan.vaekst.id,
      strategyName: 'Vækstplan',
      periodStart: '2019-01-01',
      periodEnd: '2020-12-31',
      today: TODAY,
      periodElapsed: 0,
      focusAreas: [{ focusAreaId: plan.va.id, code: 'A', title: 'Digitalisering', ...va }],
      totals: va,
    });
  });

  /** Klyngeforum and UFM, made for the test. */
  const twoOrganisations = async () => [
    (await f.organisation({ shortName: 'KF' })).id,
    (await f.organisation({ shortName: 'UFM' })).id,
  ];
  const dashboard = async (strategyId: number) =>
    (await t.http().get(`/api/dashboard?strategyId=${strategyId}`).expect(200)).body;

  it('sets the time passed in the plan period against the share of milestones done', async () => {
    expect((await dashboard(plan.klynge.id)).progress).toEqual({
      daysTotal: 1096,
      daysElapsed: 532,
      timeElapsed: 49,
      milestonesDone: 3,
      milestonesTotal: 8,
      done: 38,
    });
    expect((await dashboard(plan.vaekst.id)).progress).toEqual({
      daysTotal: 731,
      daysElapsed: 0,
      timeElapsed: 0,
      milestonesDone: 0,
      milestonesTotal: 1,
      done: 0,
    });
  });

  it('has no share done when the plan has no milestones', async () => {
    const empty = await f.strategy({ periodStart: '2017-01-01', periodEnd: '2017-12-31' });
    expect((await dashboard(empty.id)).progress).toMatchObject({
      daysTotal: 365,
      daysElapsed: 166,
      timeElapsed: 45,
      milestonesTotal: 0,
      done: null,
    });
  });

  it('lists the overdue milestones and those due in the next 30 days', async () => {
    const anna = await f.person({ name: 'Anna Holm' });
    const soon = await f.milestone({
      initiativeId: plan.b1.id,
      title: 'Rapport',
      dueDate: '2017-07-15', // the 30th day from today: still listed
      responsiblePersonId: anna.id,
    });
    await f.milestone({ initiativeId: plan.b1.id, dueDate: '2017-07-16' }); // a day too late
    await f.milestone({ initiativeId: plan.b1.id, dueDate: '2017-06-20', status: 'done' });
    const body = await dashboard(plan.klynge.id);
    expect(body.dueSoonUntil).toBe('2017-07-15');
    expect(body.overdue).toEqual({
      total: 2,
      items: [
        expect.objectContaining({
          dueDate: '2017-02-01',
          status: 'delayed',
          initiativeId: plan.a2.id,
          initiativeCode: 'A.2',
          focusAreaId: plan.a.id,
          responsibleName: null,
        }),
        expect.objectContaining({ dueDate: '2017-06-14', initiativeCode: 'A.1' }),
      ],
    });
    expect(body.dueSoon.total).toBe(2);
    expect(body.dueSoon.items.map((m: { dueDate: string }) => m.dueDate)).toEqual([
      TODAY,
      '2017-07-15',
    ]);
    expect(body.dueSoon.items[1]).toEqual({
      id: soon.id,
      title: 'Rapport',
      dueDate: '2017-07-15',
      status: 'planned',
      initiativeId: plan.b1.id,
      initiativeCode: 'B.1',
      leads: [],
      focusAreaId: plan.b.id,
      responsiblePersonId: anna.id,
      responsibleName: 'Anna Holm',
    });
    // Each with who leads its initiative, in order.
    await t.dataSource.query(
      `INSERT INTO initiative_leads (initiative_id, organisation_id, position)
       VALUES ($1, $2, 0), ($1, $3, 1)`,
      [plan.b1.id, ...(await twoOrganisations())],
    );
    expect((await dashboard(plan.klynge.id)).dueSoon.items[1].leads).toEqual(['KF', 'UFM']);
    // The other strategy's overdue milestone is its own.
    expect((await dashboard(plan.vaekst.id)).overdue.total).toBe(1);
  });

  it('lists at most 20 milestones and counts them all', async () => {
    for (let day = 1; day <= 22; day++) {
      await f.milestone({
        initiativeId: plan.a1.id,
        dueDate: `2017-03-${String(day).padStart(2, '0')}`,
      });
    }
    const { overdue } = await dashboard(plan.klynge.id);
    expect(overdue.total).toBe(24);
    expect(overdue.items).toHaveLength(20);
    expect(overdue.items[0].dueDate).toBe('2017-02-01');
    expect(overdue.items[19].dueDate).toBe('2017-03-19');
  });

  describe('targets', () => {
    const series = (o: Record<string, unknown>) => ({ key: 'main', label: 'Antal', ...o });
    const line = (points: [number, number][]) => points.map(([year, value]) => ({ year, value }));

    it('sets the latest national value against the line from baseline to target', async () => {
      const klynge = plan.klynge.id;
      const t1 = await f.target({
        strategyId: klynge,
        number: 1,
        title: 'Innovation',
        unit: 'virksomheder',
        byRegion: true,
        series: [
          series({ baselineValue: 1600, baselineYear: 2014, targetValue: 2000, targetYear: 2018 }),
        ],
        initiativeLinks: [{ initiativeId: plan.a1.id }, { initiativeId: plan.a2.id }],
      });
      await f.measurement({ targetId: t1.id, year: 2014, value: 1600 });
      await f.measurement({ targetId: t1.id, year: 2016, value: 1840 });
      await f.measurement({ targetId: t1.id, year: 2016, value: 9999, region: 'hovedstaden' });
      // Proposed by the data owner and not yet approved: it counts nowhere, but waits.
      await t.dataSource.query(
        `INSERT INTO measurements (series_id, year, value, source, state)
         SELECT id, 2017, 5000, 'Forslag', 'proposed' FROM target_series WHERE target_id = $1`,
        [t1.id],
      );

      const t2 = await f.target({
        strategyId: klynge,
        number: 2,
        byRegion: true,
        series: [series({ targetYear: 2018 })],
      });
      await f.measurement({ targetId: t2.id, year: 2015, value: 300, region: 'hovedstaden' });
      await f.measurement({ targetId: t2.id, year: 2016, value: 310, region: 'hovedstaden' });
      await f.measurement({ targetId: t2.id, year: 2016, value: 120, region: 'nordjylland' });

      const t3 = await f.target({
        strategyId: klynge,
        number: 3,
        series: [
          series({ baselineValue: 1800, baselineYear: 2014, targetValue: 2500, targetYear: 2018 }),
        ],
      });
      await f.measurement({ targetId: t3.id, year: 2016, value: 1900 });

      const t4 = await f.target({
        strategyId: klynge,
        number: 4,
        series: [
          series({ baselineValue: 900, baselineYear: 2014, targetValue: 1500, targetYear: 2018 }),
        ],
      });
      await f.measurement({ targetId: t4.id, year: 2014, value: 900 });

      // Lower is better: 10 down to 4; 6 in 2016 is below the line's 7.
      const t5 = await f.target({
        strategyId: klynge,
        number: 5,
        series: [
          series({
            key: 'gold',
            label: 'Guld',
            baselineValue: 10,
            baselineYear: 2014,
            targetValue: 4,
            targetYear: 2018,
          }),
          series({
            key: 'silver',
            label: 'Sølv',
            baselineValue: 2,
            baselineYear: 2014,
            targetValue: 10,
            targetYear: 2018,
          }),
        ],
      });
      await f.measurement({ targetId: t5.id, seriesKey: 'gold', year: 2016, value: 6 });
      await f.measurement({ targetId: t5.id, seriesKey: 'silver', year: 2015, value: 3 });

      // Another strategy's target must not show.
      await f.target({ strategyId: plan.vaekst.id, number: 1, series: [series({})] });

      const { targets } = await dashboard(klynge);
      expect(targets.map((x: { number: number }) => x.number)).toEqual([1, 2, 3, 4, 5]);
      // Its two initiatives by health, as the initiatives have it.
      const linkedHealth = { green: 0, amber: 0, red: 0, none: 0 };
      for (const i of [plan.a1, plan.a2]) linkedHealth[i.health ?? 'none']++;
      expect(targets[0]).toEqual({
        linkedCount: 2,
        linkedHealth,
        targetId: t1.id,
        number: 1,
        title: 'Innovation',
        unit: 'virksomheder',
        byRegion: true,
        regionalYear: 2016,
        regionalCount: 1,
        waitingCount: 1,
        series: [
          {
            key: 'main',
            label: 'Antal',
            baselineValue: 1600,
            baselineYear: 2014,
            latestValue: 1840,
            latestYear: 2016,
            targetValue: 2000,
            targetYear: 2018,
            progress: 60,
            // The trend through 1,600 (2014) and 1,840 (2016), 120 a year, by 2018.
            projected: 2080,
            expectedValue: 1800,
            track: 'on_track',
            points: line([
              [2014, 1600],
              [2016, 1840],
            ]),
            line: line([
              [2014, 1600],
              [2015, 1700],
              [2016, 1800],
              [2017, 1900],
              [2018, 2000],
            ]),
          },
        ],
      });
      expect(targets[1]).toMatchObject({
        byRegion: true,
        regionalYear: 2016,
        regionalCount: 2,
        series: [
          {
            baselineValue: null,
            latestValue: null,
            targetValue: null,
            progress: null,
            expectedValue: null,
            track: 'no_target',
            points: [],
            line: [],
          },
        ],
      });
      expect(targets[2].series[0]).toMatchObject({
        latestValue: 1900,
        expectedValue: 2150,
        progress: 14,
        track: 'behind',
      });
      expect(targets[3].series[0]).toMatchObject({
        latestYear: 2014,
        progress: 0,
        track: 'not_measured',
      });
      expect(targets[4].series).toMatchObject([
        { key: 'gold', latestValue: 6, expectedValue: 7, progress: 67, track: 'on_track' },
        { key: 'silver', latestValue: 3, expectedValue: 4, progress: 13, track: 'behind' },
      ]);
      expect(targets[4].series[0].line).toEqual(
        line([
          [2014, 10],
          [2015, 8.5],
          [2016, 7],
          [2017, 5.5],
          [2018, 4],
        ]),
      );
    });

    it('is an empty list when the strategy has no targets', async () => {
      expect((await dashboard(plan.klynge.id)).targets).toEqual([]);
    });
  });

  it('follows the focus areas’ sort order, not their codes', async () => {
    const { body: c } = await t.http().get(`/api/focus-areas/${plan.c.id}`).expect(200);
    await t
      .http()
      .put(`/api/focus-areas/${c.id}`)
      .send({ ...c, sortOrder: 0 })
      .expect(200);
    const { body: a } = await t.http().get(`/api/focus-areas/${plan.a.id}`).expect(200);
    await t
      .http()
      .put(`/api/focus-areas/${a.id}`)
      .send({ ...a, sortOrder: 5 })
      .expect(200);
    const { body } = await t.http().get(`/api/dashboard?strategyId=${plan.klynge.id}`).expect(200);
    expect(body.focusAreas.map((x: { code: string }) => x.code)).toEqual(['C', 'B', 'A']);
  });

  it('answers 404 for a strategy that does not exist', async () => {
    expectError(
      await t.http().get('/api/dashboard?strategyId=999999'),
      404,
      'strategy 999999 does not exist',
    );
  });

  it.each(['abc', '0', '-1', '1e0', '1.0', '99999999999', ''])(
    'answers 400 for strategyId=%p',
    async (id) => {
      expectError(
        await t.http().get(`/api/dashboard?strategyId=${id}`),
        400,
        'id: must be a positive whole number',
      );
    },
  );

  it('answers 400 for strategyId given twice, or another parameter', async () => {
    expectError(await t.http().get('/api/dashboard?strategyId=1&strategyId=2'), 400, 'id: must be');
    expectError(
      await t.http().get('/api/dashboard?strategy=1'),
      400,
      'unknown query parameter: strategy',
    );
  });

  describe('which strategy is current', () => {
    beforeEach(() => t.truncate());

    it('is none when there is no strategy: 404', async () => {
      expectError(await t.http().get('/api/dashboard'), 404, 'there is no strategy yet');
    });

    it('is the one that started most recently when none runs today', async () => {
      await f.strategy({ name: 'Gammel', periodStart: '2010-01-01', periodEnd: '2012-12-31' });
      const newer = await f.strategy({
        name: 'Nyere',
        periodStart: '2013-01-01',
        periodEnd: '2015-12-31',
      });
      await f.strategy({ name: 'Kommende', periodStart: '2019-01-01', periodEnd: '2021-12-31' });
      const { body } = await t.http().get('/api/dashboard').expect(200);
      expect(body).toMatchObject({
        strategyId: newer.id,
        periodElapsed: 100,
        focusAreas: [],
        totals: figures({}),
      });
    });

    it('is the first one planned when all lie ahead', async () => {
      await f.strategy({ name: 'Senere', periodStart: '2021-01-01', periodEnd: '2022-12-31' });
      const first = await f.strategy({
        name: 'Først',
        periodStart: '2019-01-01',
        periodEnd: '2020-12-31',
      });
      expect((await t.http().get('/api/dashboard').expect(200)).body.strategyId).toBe(first.id);
    });
  });
});

describe('periodElapsed', () => {
  it.each([
    ['2016-01-01', '2016-12-31', '2015-12-31', 0],
    ['2016-01-01', '2016-12-31', '2016-01-01', 0],
    ['2016-01-01', '2016-12-31', '2016-07-01', 50],
    ['2016-01-01', '2016-12-31', '2016-12-31', 100],
    ['2016-01-01', '2016-12-31', '2030-01-01', 100],
    ['2016-01-01', '2018-12-31', '2017-06-15', 49],
    ['2017-06-15', '2017-06-15', '2017-06-15', 100],
  ])('of %s … %s on %s is %i', (start, end, today, expected) => {
    expect(periodElapsed(start, end, today)).toBe(expected);
  });
});
