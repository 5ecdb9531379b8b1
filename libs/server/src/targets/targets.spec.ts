import type { MeasurementRecord, TargetRecord, TargetSeries } from '@pejling/contracts';
import { World, useWorld } from '../testing/factories';
import { databaseSnapshot, expectError, expectFieldError, idsOf } from '../testing/expectations';
import type { TestApp } from '../testing/test-app';

describe('targets and their measurements', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  const getTarget = async (id: number) =>
    (await t.http().get(`/api/targets/${id}`).expect(200)).body as TargetRecord;
  /** A series as written: without the assessment every read adds. */
  /** A series as written: without its assessment, and with its own data owner (none). */
  const written = (series: (TargetSeries & { assessment?: unknown })[]) =>
    series.map(({ assessment: _assessment, ...rest }) => ({
      dataOwnerOrganisationId: null,
      dataOwnerPersonId: null,
      ...rest,
    }));
  const putTarget = (
    target: TargetRecord,
    change: Partial<Omit<TargetRecord, 'series'>> & { series?: TargetSeries[] },
  ) =>
    t
      .http()
      .put(`/api/targets/${target.id}`)
      .send({ ...target, ...change });
  const seriesRows = (targetId: number): Promise<{ id: number; key: string }[]> =>
    t.dataSource.query(
      'SELECT id, key FROM target_series WHERE target_id = $1 ORDER BY sort_order',
      [targetId],
    );

  /** Fails the test, showing the answer, unless nothing in the database changed. */
  async function refused(send: () => PromiseLike<import('supertest').Response>) {
    const before = await databaseSnapshot(t);
    const res = await send();
    expect(await databaseSnapshot(t)).toEqual(before);
    return res;
  }

  describe('series', () => {
    it('are written and read back in their order, numbers as numbers', async () => {
      const series = [
        {
          key: 'share',
          label: 'Andel',
          baselineValue: 12.5,
          baselineYear: 2015,
          targetValue: 20.25,
          targetYear: 2020,
        },
        {
          key: 'count',
          label: 'Antal',
          baselineValue: 1_250_000,
          baselineYear: 2015,
          targetValue: -3,
          targetYear: 2015,
        },
        {
          key: 'open',
          label: 'Uden tal',
          baselineValue: null,
          baselineYear: null,
          targetValue: null,
          targetYear: null,
        },
      ];
      const { body } = await t
        .http()
        .post('/api/targets')
        .send({ strategyId: w.strategies.arkiv.id, number: 3, title: 'Tre serier', series })
        .expect(201);
      expect(written(body.series)).toEqual(written(series));
      expect(typeof body.series[0].baselineValue).toBe('number');
      expect(await getTarget(body.id)).toEqual(body);
    });

    it('fill in what is left out of a series with null', async () => {
      const { body } = await t
        .http()
        .post('/api/targets')
        .send({
          strategyId: w.strategies.arkiv.id,
          number: 4,
          title: 'Kort',
          series: [{ key: 'main', label: 'Antal' }],
        })
        .expect(201);
      expect(body).toMatchObject({
        description: '',
        unit: '',
        byRegion: false,
        series: [
          {
            key: 'main',
            label: 'Antal',
            baselineValue: null,
            baselineYear: null,
            targetValue: null,
            targetYear: null,
          },
        ],
      });
    });

    it('are kept by key on update, so that their measurements stay attached', async () => {
      const target = await getTarget(w.targets.virksomheder.id);
      const [main] = await seriesRows(target.id);
      const extra = {
        key: 'extra',
        label: 'Ekstra',
        baselineValue: 3,
        baselineYear: 2016,
        targetValue: 4,
        targetYear: 2018,
      };
      const changed = { ...target.series[0], label: 'Klyngevirksomheder', targetValue: 2100 };
      const { body } = await putTarget(target, { series: [extra, changed] }).expect(200);
      expect(written(body.series)).toEqual(written([extra, changed]));
      expect((await seriesRows(target.id)).map((s) => s.key)).toEqual(['extra', 'main']);
      expect((await seriesRows(target.id)).find((s) => s.key === 'main')?.id).toBe(main.id);
      const { body: measurements } = await t
        .http()
        .get(`/api/measurements?filter={"targetId":${target.id}}&sort=["id","ASC"]`)
        .expect(200);
      expect(measurements.map((m: MeasurementRecord) => [m.id, m.seriesKey, m.value])).toEqual([
        [w.measurements.basis.id, 'main', 1600],
        [w.measurements.regional.id, 'main', 1750],
      ]);
    });

    it('may lose a series without measurements', async () => {
      const target = await getTarget(w.targets.guld.id);
      await t.http().delete(`/api/measurements/${w.measurements.soelv2016.id}`).expect(200);
      const { body } = await putTarget(target, { series: [target.series[0]] }).expect(200);
      expect(body.series.map((s: { key: string }) => s.key)).toEqual(['gold']);
      expect((await seriesRows(target.id)).map((s) => s.key)).toEqual(['gold']);
    });

    it('that still have measurements cannot be removed: 409, nothing changed', async () => {
      const target = await getTarget(w.targets.guld.id);
      const res = await refused(() => putTarget(target, { series: [target.series[0]] }));
      expectError(res, 409, 'still used by measurements');
      expect(await getTarget(target.id)).toEqual(target);
    });

    it.each([
      { what: 'no series', series: [], field: 'series' },
      {
        what: 'a key used twice',
        series: [
          { key: 'main', label: 'a' },
          { key: 'main', label: 'b' },
        ],
        field: 'series',
      },
      {
        what: 'a baseline value without a year',
        series: [{ key: 'main', label: 'a', baselineValue: 5 }],
        field: 'series',
      },
      {
        what: 'a key that is not lower-case',
        series: [{ key: 'Main', label: 'a' }],
        field: 'series.0.key',
      },
      { what: 'a blank label', series: [{ key: 'main', label: '' }], field: 'series.0.label' },
      {
        what: 'a field a series does not have',
        series: [{ key: 'main', label: 'a', colour: 'red' }],
        field: 'series.0.colour',
      },
      {
        what: 'a year out of range',
        series: [{ key: 'main', label: 'a', targetValue: 1, targetYear: 1066 }],
        field: 'series.0.targetYear',
      },
      {
        what: 'a value that is text',
        series: [{ key: 'main', label: 'a', targetValue: '1', targetYear: 2018 }],
        field: 'series.0.targetValue',
      },
    ])('refuse $what with a 400 naming $field', async ({ series, field }) => {
      const res = await refused(() =>
        t
          .http()
          .post('/api/targets')
          .send({ strategyId: w.strategies.arkiv.id, number: 1, title: 'x', series }),
      );
      expectFieldError(res, 400, field);
    });

    it('filter by byRegion false as well as true', async () => {
      const { body } = await t
        .http()
        .get('/api/targets?filter={"byRegion":false}&sort=["id","ASC"]')
        .expect(200);
      expect(body.map((x: TargetRecord) => x.id)).toEqual([w.targets.guld.id]);
    });

    it('go with their target when it is deleted', async () => {
      const { body } = await t
        .http()
        .post('/api/targets')
        .send({
          strategyId: w.strategies.arkiv.id,
          number: 2,
          title: 'Slettes',
          series: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
        })
        .expect(201);
      await t.http().delete(`/api/targets/${body.id}`).expect(200, body);
      expect(await seriesRows(body.id)).toEqual([]);
    });
  });

  describe('assessment', () => {
    it('says, on the clock’s day, what the line expects, whether the latest value is on it, and where the trend leads', async () => {
      // Virksomheder: 1,600 in 2014 towards 2,000 in 2018; 1,600 measured in 2014 and a
      // regional value that does not count for the country.
      const target = await getTarget(w.targets.virksomheder.id);
      expect(target.assessment).toEqual({
        year: 2017,
        expected: 1900,
        // The baseline's own value says nothing yet.
        onTrack: null,
        projected: null,
        method: { latest: { year: 2014, value: 1600 }, points: 1, from: 2014, to: 2014 },
      });
      await t
        .http()
        .post('/api/measurements')
        .send({ targetId: target.id, seriesKey: 'main', year: 2016, value: 1700, source: 'Test' })
        .expect(201);
      const { assessment, series } = await getTarget(target.id);
      // The line expects 1,800 in 2016; the trend, 50 a year, reaches 1,800 by 2018.
      expect(assessment).toMatchObject({ onTrack: false, projected: 1800 });
      expect(series[0].assessment).toEqual(assessment);
      // Sent back as read, the assessment changes nothing.
      await putTarget(await getTarget(target.id), {}).expect(200);
    });

    it('is given on each series of a target of several, and not for the target as a whole', async () => {
      const target = await getTarget(w.targets.guld.id);
      expect(target.assessment).toBeNull();
      expect(target.series.map((s) => s.assessment.method.latest?.year)).toEqual([2016, 2016]);
    });
  });

  describe('links to initiatives', () => {
    const linked = async (targetId: number) =>
      idsOf(await t.http().get(`/api/initiatives?filter={"targetId":${targetId}}`).expect(200));

    it('are written, read in the order of the initiatives’ codes, and list a target’s initiatives', async () => {
      const target = await getTarget(w.targets.guld.id);
      expect(target).toMatchObject({ initiativeIds: [], initiativeLinks: [] });
      const { body } = await putTarget(target, {
        initiativeLinks: [
          {
            initiativeId: w.initiatives.b1.id,
            contribution: ' Flere i Horizon2020 ',
            inferred: true,
          },
          { initiativeId: w.initiatives.a1.id, contribution: '', inferred: false },
        ],
      }).expect(200);
      expect(body.initiativeIds).toEqual([w.initiatives.a1.id, w.initiatives.b1.id]);
      expect(body.initiativeLinks).toEqual([
        { initiativeId: w.initiatives.a1.id, contribution: '', inferred: false },
        { initiativeId: w.initiatives.b1.id, contribution: 'Flere i Horizon2020', inferred: true },
      ]);
      expect(await linked(target.id)).toEqual([w.initiatives.a1.id, w.initiatives.b1.id]);
      expect(await linked(w.targets.virksomheder.id)).toEqual([w.initiatives.a1.id]);

      // Left out of a PUT, they stay; an empty list removes them.
      const { body: kept } = await putTarget(body, {
        title: 'Nyt navn',
        initiativeLinks: undefined,
      }).expect(200);
      expect(kept.initiativeIds).toEqual(body.initiativeIds);
      const { body: none } = await putTarget(kept, { initiativeLinks: [] }).expect(200);
      expect(none.initiativeIds).toEqual([]);
      expect(await linked(target.id)).toEqual([]);
    });

    it('are audited with the target, before and after', async () => {
      const target = await getTarget(w.targets.digital.id);
      await putTarget(target, {
        initiativeLinks: [
          { initiativeId: w.initiatives.vaekstA1.id, contribution: 'Digitalt', inferred: false },
        ],
      }).expect(200);
      const { body: events } = await t
        .http()
        .get(`/api/audit-events?filter={"resource":"targets","recordId":${target.id}}`)
        .expect(200);
      expect(events[0].before).toMatchObject({ initiativeIds: [], initiativeLinks: [] });
      expect(events[0].after).toMatchObject({
        initiativeIds: [w.initiatives.vaekstA1.id],
        initiativeLinks: [
          { initiativeId: w.initiatives.vaekstA1.id, contribution: 'Digitalt', inferred: false },
        ],
      });
      expect(events[0].references.initiatives[w.initiatives.vaekstA1.id].values).toMatchObject({
        code: w.initiatives.vaekstA1.code,
      });
    });

    it.each([
      ['an initiative of another strategy', () => [{ initiativeId: w.initiatives.vaekstA1.id }]],
      ['one that does not exist', () => [{ initiativeId: 999_999 }]],
      [
        'the same initiative twice',
        () => [{ initiativeId: w.initiatives.a1.id }, { initiativeId: w.initiatives.a1.id }],
      ],
    ])('refuse %s: 400 naming initiativeLinks, nothing changed', async (_what, links) => {
      const target = await getTarget(w.targets.virksomheder.id);
      const res = await refused(() => putTarget(target, { initiativeLinks: links() as never }));
      expectFieldError(res, 400, 'initiativeLinks');
    });

    it('refuse a contribution of more than 500 characters: 400 naming it, nothing changed', async () => {
      const target = await getTarget(w.targets.virksomheder.id);
      const res = await refused(() =>
        putTarget(target, {
          initiativeLinks: [
            { initiativeId: w.initiatives.a1.id, contribution: 'x'.repeat(501), inferred: false },
          ],
        }),
      );
      expectFieldError(res, 400, 'initiativeLinks.0.contribution');
    });
  });

  describe('measurements', () => {
    const measure = (body: object) =>
      t
        .http()
        .post('/api/measurements')
        .send({
          targetId: w.targets.guld.id,
          seriesKey: 'gold',
          year: 2017,
          value: 9,
          source: 'Test',
          ...body,
        });

    it('belong to a series named by its key: an unknown key is a 400 naming seriesKey', async () => {
      const res = await refused(() => measure({ seriesKey: 'bronze' }));
      expectFieldError(res, 400, 'seriesKey');
      expect(res.body.message).toBe(
        `seriesKey: target ${w.targets.guld.id} has no series "bronze"`,
      );
    });

    it("cannot use another target's series key", async () => {
      expectFieldError(
        await refused(() => measure({ targetId: w.targets.virksomheder.id, seriesKey: 'gold' })),
        400,
        'seriesKey',
      );
    });

    it('are one per series, year and region: a second is a 409 naming year', async () => {
      await measure({}).expect(201);
      expectFieldError(await refused(() => measure({ value: 10 })), 409, 'year');
    });

    it('count "no region" as one region for that rule', async () => {
      expectFieldError(
        await refused(() =>
          measure({
            targetId: w.targets.virksomheder.id,
            seriesKey: 'main',
            year: 2014,
            region: null,
          }),
        ),
        409,
        'year',
      );
      const { body } = await measure({
        targetId: w.targets.virksomheder.id,
        seriesKey: 'main',
        year: 2016,
        region: null,
      }).expect(201);
      expect(body).toMatchObject({ year: 2016, region: null, seriesKey: 'main' });
    });

    it('may repeat a year for another region or another series', async () => {
      // Virksomheder is broken down by region; Guld is not.
      const regional = { targetId: w.targets.virksomheder.id, seriesKey: 'main' };
      await measure({ ...regional, region: 'nordjylland' }).expect(201);
      await measure({ ...regional, region: 'syddanmark' }).expect(201);
      await measure({ seriesKey: 'silver', year: 2017 }).expect(201);
      const res = await t
        .http()
        .get(`/api/measurements?filter={"year":2017}&sort=["id","ASC"]`)
        .expect(200);
      expect(res.body.map((m: MeasurementRecord) => [m.seriesKey, m.region])).toEqual([
        ['main', 'nordjylland'],
        ['main', 'syddanmark'],
        ['silver', null],
      ]);
    });

    it('refuse an update onto another measurement’s year: 409, unchanged', async () => {
      const { body: regional } = await t
        .http()
        .get(`/api/measurements/${w.measurements.regional.id}`)
        .expect(200);
      const res = await refused(() =>
        t
          .http()
          .put(`/api/measurements/${regional.id}`)
          .send({ ...regional, year: 2014, region: null }),
      );
      expectFieldError(res, 409, 'year');
    });

    it('move to another series of the same target on update', async () => {
      const { body: gold } = await t
        .http()
        .get(`/api/measurements/${w.measurements.guld2016.id}`)
        .expect(200);
      const { body } = await t
        .http()
        .put(`/api/measurements/${gold.id}`)
        .send({ ...gold, seriesKey: 'silver', year: 2015 })
        .expect(200);
      expect(body).toMatchObject({ seriesKey: 'silver', year: 2015, value: 8, version: 2 });
    });

    it('keep decimals and large values as numbers', async () => {
      for (const [i, value] of [0.1, -2.75, 123456789.125, 0].entries()) {
        const { body } = await measure({ year: [2014, 2015, 2017, 2018][i], value }).expect(201);
        expect({ value: body.value }).toEqual({ value });
      }
      const values = await t
        .http()
        .get('/api/measurements?sort=["value","ASC"]&range=[0,1]')
        .expect(200);
      expect(values.body.map((m: MeasurementRecord) => m.value)).toEqual([-2.75, 0]);
    });

    it('filter by seriesKey and year lists', async () => {
      const res = await t
        .http()
        .get(
          '/api/measurements?filter={"seriesKey":["gold","silver"],"year":[2016,2014]}&sort=["id","ASC"]',
        )
        .expect(200);
      expect(idsOf(res)).toEqual([w.measurements.guld2016.id, w.measurements.soelv2016.id]);
    });
  });
});
