import type { RegionalView } from '@pejling/contracts';
import { World, useWorld } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

/**
 * The plan by region. In the world, RH (Region Hovedstaden) leads B.1 and is a partner of
 * A.1; Virksomheder is broken down by region, with 1,750 for Hovedstaden in 2016.
 */
describe('GET /api/regions', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  const view = async (strategyId = w.strategies.klynge.id) =>
    (await t.http().get(`/api/regions?strategyId=${strategyId}`).expect(200)).body as RegionalView;

  it('gives each of the five regions, in order, its organisations, values and initiatives', async () => {
    const { regions } = await view();
    expect(regions.map((r) => r.region)).toEqual([
      'hovedstaden',
      'sjaelland',
      'syddanmark',
      'midtjylland',
      'nordjylland',
    ]);
    const [hovedstaden, sjaelland] = regions;
    expect(hovedstaden.organisations).toEqual([
      { id: w.organisations.rh.id, shortName: 'RH', name: w.organisations.rh.name },
    ]);
    expect(hovedstaden.targets).toEqual([
      {
        targetId: w.targets.virksomheder.id,
        number: 1,
        title: w.targets.virksomheder.title,
        unit: 'virksomheder',
        seriesKey: 'main',
        seriesLabel: 'Virksomheder',
        points: [{ year: 2016, value: 1750 }],
      },
    ]);
    const a1 = await t.http().get(`/api/initiatives/${w.initiatives.a1.id}`).expect(200);
    const b1 = await t.http().get(`/api/initiatives/${w.initiatives.b1.id}`).expect(200);
    expect(hovedstaden.initiatives).toEqual([
      {
        id: a1.body.id,
        code: 'A.1',
        title: a1.body.title,
        status: a1.body.status,
        health: a1.body.health,
        progress: a1.body.progress,
        overdue: 1,
        role: 'partner',
        organisations: ['RH'],
      },
      {
        id: b1.body.id,
        code: 'B.1',
        title: b1.body.title,
        status: b1.body.status,
        health: b1.body.health,
        progress: b1.body.progress,
        overdue: 0,
        role: 'lead',
        organisations: ['RH'],
      },
    ]);
    // A region without organisations still shows the target, without values.
    expect(sjaelland).toEqual({
      region: 'sjaelland',
      organisations: [],
      targets: [expect.objectContaining({ targetId: w.targets.virksomheder.id, points: [] })],
      initiatives: [],
    });
  });

  it('counts only approved values: a proposed one waits', async () => {
    await t.dataSource.query(
      `INSERT INTO measurements (series_id, year, region, value, source, state)
       SELECT id, 2017, 'hovedstaden', 1900, 'Forslag', 'proposed' FROM target_series
        WHERE target_id = $1`,
      [w.targets.virksomheder.id],
    );
    const [hovedstaden] = (await view()).regions;
    expect(hovedstaden.targets[0].points).toEqual([{ year: 2016, value: 1750 }]);
  });

  it("keeps to the strategy asked for: another's targets and initiatives stay out", async () => {
    const { regions, strategyId } = await view(w.strategies.vaekst.id);
    expect(strategyId).toBe(w.strategies.vaekst.id);
    expect(regions[0].targets.map((s) => s.targetId)).toEqual([w.targets.digital.id]);
    expect(regions[0].initiatives).toEqual([]);
  });
});
