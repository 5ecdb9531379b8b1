import type { MeasurementRecord } from '@pejling/contracts';
import { SignedInWorld, useSignedInWorld } from '../../testing/accounts';
import { databaseSnapshot, expectError, expectFieldError } from '../../testing/expectations';
import type { TestApp } from '../../testing/test-app';

/**
 * Figures come from those who own the data: Virksomheder's data owner is UFM (Anna Holm's
 * organisation); Guld's gold series names its own, CED with Dorte Dahl. The secretariat
 * approves or returns what they propose; only approved figures count.
 */
describe('measurements proposed by the data owner and approved by the secretariat', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });
  beforeEach(async () => {
    await t.dataSource.query('UPDATE targets SET data_owner_organisation_id = $2 WHERE id = $1', [
      w.targets.virksomheder.id,
      w.organisations.ufm.id,
    ]);
    await t.dataSource.query(
      `UPDATE target_series SET data_owner_organisation_id = $2, data_owner_person_id = $3
        WHERE target_id = $1 AND key = 'gold'`,
      [w.targets.guld.id, w.organisations.ced.id, w.accounts.dorte.id],
    );
  });

  const anna = () => w.accounts.anna.agent;
  const dorte = () => w.accounts.dorte.agent;
  const secretariat = () => w.accounts.secretariat.agent;
  const steering = () => w.accounts.steering.agent;
  const figure = (o: Record<string, unknown> = {}) => ({
    targetId: w.targets.virksomheder.id,
    seriesKey: 'main',
    year: 2017,
    value: 1850,
    source: 'UFM, opgørelse 2017',
    ...o,
  });
  const propose = async () =>
    (await anna().post('/api/measurements').send(figure()).expect(201)).body as MeasurementRecord;
  const assessment = async () =>
    (await secretariat().get(`/api/targets/${w.targets.virksomheder.id}`).expect(200)).body
      .assessment;

  it('stored figures are approved', async () => {
    const { body } = await secretariat().get('/api/measurements').expect(200);
    expect(body.map((m: MeasurementRecord) => m.state)).toEqual(body.map(() => 'approved'));
  });

  it('the data owner proposes a figure with its source; it waits and does not count', async () => {
    const before = await assessment();
    const proposed = await propose();
    expect(proposed).toMatchObject({
      state: 'proposed',
      proposedByPersonId: w.accounts.anna.id,
      returnReason: null,
      source: 'UFM, opgørelse 2017',
    });
    expect(await assessment()).toEqual(before);
    const { body: waiting } = await secretariat()
      .get('/api/measurements?filter={"state":"proposed"}')
      .expect(200);
    expect(waiting.map((m: MeasurementRecord) => m.id)).toEqual([proposed.id]);
    const { body: me } = await anna().get('/api/auth/me').expect(200);
    expect(me.dataTargetIds).toEqual([w.targets.virksomheder.id]);
  });

  it('a figure needs a source', async () => {
    expectFieldError(
      await anna()
        .post('/api/measurements')
        .send(figure({ source: ' ' })),
      400,
      'source',
    );
    const without: Record<string, unknown> = figure();
    delete without['source'];
    expectFieldError(await anna().post('/api/measurements').send(without), 400, 'source');
  });

  it('nobody else proposes: another owner, the steering group, an owner for a series with its own data owner', async () => {
    const before = await databaseSnapshot(t);
    expectError(await dorte().post('/api/measurements').send(figure()), 403, 'data owner');
    expectError(await steering().post('/api/measurements').send(figure()), 403, 'steering role');
    const gold = figure({ targetId: w.targets.guld.id, seriesKey: 'gold', value: 9 });
    expectError(await anna().post('/api/measurements').send(gold), 403, 'data owner');
    expect(await databaseSnapshot(t)).toEqual(before);
    // The gold series' own data owner may.
    await dorte().post('/api/measurements').send(gold).expect(201);
  });

  it('a figure waiting for approval is read only by the secretariat and its data owner', async () => {
    const proposed = await propose();
    for (const agent of [steering(), dorte()]) {
      const { body } = await agent.get('/api/measurements?range=[0,99]').expect(200);
      expect(body.map((m: MeasurementRecord) => m.id)).not.toContain(proposed.id);
      expectError(await agent.get(`/api/measurements/${proposed.id}`), 403, 'awaits approval');
    }
    await anna().get(`/api/measurements/${proposed.id}`).expect(200);
  });

  it('the secretariat approves it: it counts from then on, and the step is audited', async () => {
    const before = await assessment();
    const proposed = await propose();
    expectError(
      await anna().post(`/api/measurements/${proposed.id}/approve`).send({ version: 1 }),
      403,
      'may not approve',
    );
    const { body: approved } = await secretariat()
      .post(`/api/measurements/${proposed.id}/approve`)
      .send({ version: proposed.version })
      .expect(200);
    expect(approved).toMatchObject({ state: 'approved', version: proposed.version + 1 });
    const after = await assessment();
    expect(after).not.toEqual(before);
    expect(after.method.latest).toEqual({ year: 2017, value: 1850 });
    const { body: events } = await secretariat()
      .get(
        `/api/audit-events?filter=${JSON.stringify({ resource: 'measurements', recordId: proposed.id })}&sort=["id","ASC"]`,
      )
      .expect(200);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(events[1].after.state).toBe('approved');
    // Approved, it is the secretariat's alone.
    expectError(
      await anna()
        .put(`/api/measurements/${approved.id}`)
        .send({ ...approved, value: 1 }),
      403,
      'approved',
    );
    expectError(await anna().delete(`/api/measurements/${approved.id}`), 403, 'approved');
    const { body: corrected } = await secretariat()
      .put(`/api/measurements/${approved.id}`)
      .send({ ...approved, value: 1860 })
      .expect(200);
    expect(corrected).toMatchObject({ state: 'approved', value: 1860 });
  });

  it('approving a figure changed since it was read is a 409, as is approving one not proposed', async () => {
    const proposed = await propose();
    await anna()
      .put(`/api/measurements/${proposed.id}`)
      .send({ ...proposed, value: 1870 })
      .expect(200);
    const stale = await secretariat()
      .post(`/api/measurements/${proposed.id}/approve`)
      .send({ version: proposed.version });
    expect(stale.status).toBe(409);
    const approved = await secretariat()
      .post(`/api/measurements/${proposed.id}/approve`)
      .send({ version: proposed.version + 1 })
      .expect(200);
    expectError(
      await secretariat()
        .post(`/api/measurements/${proposed.id}/approve`)
        .send({ version: approved.body.version }),
      409,
      'only a proposed figure',
    );
  });

  it('the secretariat returns it with a reason; the data owner corrects it and it waits again', async () => {
    const proposed = await propose();
    expectFieldError(
      await secretariat()
        .post(`/api/measurements/${proposed.id}/return`)
        .send({ version: proposed.version }),
      400,
      'reason',
    );
    const { body: returned } = await secretariat()
      .post(`/api/measurements/${proposed.id}/return`)
      .send({ version: proposed.version, reason: 'Kilden dækker kun 2016.' })
      .expect(200);
    expect(returned).toMatchObject({ state: 'returned', returnReason: 'Kilden dækker kun 2016.' });
    // Sent back as read, the state and the reason are the server's.
    const { body: corrected } = await anna()
      .put(`/api/measurements/${returned.id}`)
      .send({ ...returned, value: 1830, source: 'UFM, opgørelse 2017, rettet' })
      .expect(200);
    expect(corrected).toMatchObject({ state: 'proposed', returnReason: null, value: 1830 });
  });

  it('the secretariat enters an approved figure itself, with its source', async () => {
    const { body } = await secretariat().post('/api/measurements').send(figure()).expect(201);
    expect(body).toMatchObject({ state: 'approved', proposedByPersonId: null });
  });

  it.each([
    [
      'region',
      'a region on a target not broken down by region',
      { targetId: 0, region: 'syddanmark' },
    ],
    ['year', 'a year before the baseline year', { year: 2013 }],
    ['year', 'a year after the target year', { year: 2019 }],
    ['seriesKey', 'a series the target does not have', { seriesKey: 'bronze' }],
  ])('refuses %s: %s (400, nothing stored)', async (field, _what, change) => {
    const before = await databaseSnapshot(t);
    const body =
      'targetId' in change
        ? figure({ ...change, targetId: w.targets.guld.id, seriesKey: 'gold' })
        : figure(change);
    expectFieldError(await secretariat().post('/api/measurements').send(body), 400, field);
    expect(await databaseSnapshot(t)).toEqual(before);
  });
});
