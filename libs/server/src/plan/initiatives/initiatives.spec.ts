import type { InitiativeRecord } from '@pejling/contracts';
import { World, useWorld } from '../../testing/factories';
import { databaseSnapshot, expectFieldError, idsOf } from '../../testing/expectations';
import type { TestApp } from '../../testing/test-app';

describe('initiatives', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  const get = async (id: number) =>
    (await t.http().get(`/api/initiatives/${id}`).expect(200)).body as InitiativeRecord;
  const put = (i: InitiativeRecord, change: Partial<InitiativeRecord>) =>
    t
      .http()
      .put(`/api/initiatives/${i.id}`)
      .send({ ...i, ...change });
  const list = (query: Record<string, unknown>) =>
    t
      .http()
      .get('/api/initiatives')
      .query(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)])))
      .expect(200);

  describe('partner organisations and responsible people', () => {
    it('are written and read back, as ascending ids', async () => {
      const { ufm, rh, ced } = w.organisations;
      const { anna, carl } = w.people;
      const { body } = await t
        .http()
        .post('/api/initiatives')
        .send({
          focusAreaId: w.focusAreas.areaB.id,
          code: 'B.2',
          title: 'Partnerskaber',
          partnerOrganisationIds: [ced.id, ufm.id, rh.id],
          responsiblePersonIds: [carl.id, anna.id],
        })
        .expect(201);
      expect(body.partnerOrganisationIds).toEqual([ufm.id, rh.id, ced.id]);
      expect(body.responsiblePersonIds).toEqual([anna.id, carl.id]);
      expect(await get(body.id)).toEqual(body);
    });

    it('are replaced as a whole by an update, and emptied by []', async () => {
      const a1 = await get(w.initiatives.a1.id);
      expect(a1.partnerOrganisationIds).toEqual([w.organisations.rh.id, w.organisations.ced.id]);
      const { body: replaced } = await put(a1, {
        partnerOrganisationIds: [w.organisations.ufm.id],
        responsiblePersonIds: [w.people.bo.id],
      }).expect(200);
      expect(replaced).toMatchObject({
        partnerOrganisationIds: [w.organisations.ufm.id],
        responsiblePersonIds: [w.people.bo.id],
      });
      const { body: emptied } = await put(replaced, {
        partnerOrganisationIds: [],
        responsiblePersonIds: [],
      }).expect(200);
      expect(emptied).toMatchObject({ partnerOrganisationIds: [], responsiblePersonIds: [] });
      const [{ n }] = await t.dataSource.query(
        'SELECT (SELECT count(*) FROM initiative_partners WHERE initiative_id = $1) + (SELECT count(*) FROM initiative_responsibles WHERE initiative_id = $1) AS n',
        [a1.id],
      );
      expect(Number(n)).toBe(0);
    });

    it('are emptied by null, as a cleared input sends them', async () => {
      const a1 = await get(w.initiatives.a1.id);
      const { body } = await put(a1, {
        partnerOrganisationIds: null,
        responsiblePersonIds: null,
      } as never).expect(200);
      expect(body).toMatchObject({ partnerOrganisationIds: [], responsiblePersonIds: [] });
    });

    it('are kept by an update that leaves them out', async () => {
      const a1 = await get(w.initiatives.a1.id);
      const sent: Partial<InitiativeRecord> = { ...a1, title: 'Ny titel' };
      delete sent.partnerOrganisationIds;
      delete sent.responsiblePersonIds;
      const { body } = await t.http().put(`/api/initiatives/${a1.id}`).send(sent).expect(200);
      expect(body).toMatchObject({
        title: 'Ny titel',
        partnerOrganisationIds: a1.partnerOrganisationIds,
        responsiblePersonIds: a1.responsiblePersonIds,
      });
    });

    it('refuse an id named twice, naming the list', async () => {
      const a1 = await get(w.initiatives.a1.id);
      const res = await put(a1, {
        partnerOrganisationIds: [w.organisations.ufm.id, w.organisations.ufm.id],
      });
      expectFieldError(res, 400, 'partnerOrganisationIds');
      expect(await get(a1.id)).toEqual(a1);
    });

    it('refuse an id of nobody, naming the list, and the initiative keeps its links', async () => {
      const a1 = await get(w.initiatives.a1.id);
      const before = await databaseSnapshot(t);
      const res = await put(a1, {
        title: 'Ændret',
        responsiblePersonIds: [w.people.bo.id, 999999],
      });
      expectFieldError(res, 400, 'responsiblePersonIds');
      expect(res.body.message).toBe('responsiblePersonIds: no people with id 999999');
      expect(await databaseSnapshot(t)).toEqual(before);
    });

    it('filter the list by partnerOrganisationId and responsiblePersonId, one id or several', async () => {
      const { ufm, rh } = w.organisations;
      const { anna, carl } = w.people;
      expect(
        idsOf(
          await list({ filter: { partnerOrganisationId: [ufm.id, rh.id] }, sort: ['id', 'ASC'] }),
        ),
      ).toEqual([w.initiatives.a1.id, w.initiatives.b1.id]);
      expect(
        idsOf(await list({ filter: { responsiblePersonId: anna.id }, sort: ['id', 'ASC'] })),
      ).toEqual([w.initiatives.a1.id, w.initiatives.b1.id]);
      expect(idsOf(await list({ filter: { responsiblePersonId: carl.id } }))).toEqual([]);
      expect(
        idsOf(
          await list({ filter: { responsiblePersonId: anna.id, partnerOrganisationId: rh.id } }),
        ),
      ).toEqual([w.initiatives.a1.id]);
    });
  });

  it("counts its milestones overdue on the clock's day (A.1's workshop)", async () => {
    expect((await get(w.initiatives.a1.id)).milestonesOverdue).toBe(1);
    expect((await get(w.initiatives.a2.id)).milestonesOverdue).toBe(0);
    await t.dataSource.query(
      `UPDATE milestones SET status = 'done', completed_on = due_date WHERE id = $1`,
      [w.milestones.workshop.id],
    );
    expect((await get(w.initiatives.a1.id)).milestonesOverdue).toBe(0);
  });

  describe('lead organisations', () => {
    it('are kept in the order given, the first being the main lead', async () => {
      const { ufm, rh, ced } = w.organisations;
      const { body } = await t
        .http()
        .post('/api/initiatives')
        .send({
          focusAreaId: w.focusAreas.areaB.id,
          code: 'B.2',
          title: 'To ansvarlige',
          leadOrganisationIds: [ced.id, ufm.id],
        })
        .expect(201);
      expect(body.leadOrganisationIds).toEqual([ced.id, ufm.id]);
      expect(body.inferredLeadOrganisationIds).toEqual([]);
      const { body: reordered } = await put(body, {
        leadOrganisationIds: [rh.id, ced.id, ufm.id],
      }).expect(200);
      expect(reordered.leadOrganisationIds).toEqual([rh.id, ced.id, ufm.id]);
      expect(await get(body.id)).toEqual(reordered);
      // null: as a cleared input sends it.
      const { body: none } = await put(reordered, {
        leadOrganisationIds: null as unknown as number[],
      }).expect(200);
      expect(none.leadOrganisationIds).toEqual([]);
    });

    it('keep an inferred mark while they stay; one the secretariat adds is not inferred', async () => {
      const { ufm, rh } = w.organisations;
      await t.dataSource.query(
        'UPDATE initiative_leads SET inferred = true WHERE initiative_id = $1',
        [w.initiatives.a1.id],
      );
      const a1 = await get(w.initiatives.a1.id);
      expect(a1.inferredLeadOrganisationIds).toEqual([ufm.id]);
      // Sent back as read, the marks are the server's: a client cannot set them.
      const { body: added } = await put(a1, {
        leadOrganisationIds: [ufm.id, rh.id],
        inferredLeadOrganisationIds: [ufm.id, rh.id],
      }).expect(200);
      expect(added.inferredLeadOrganisationIds).toEqual([ufm.id]);
      // Named again after being dropped: the secretariat's decision.
      const { body: dropped } = await put(added, { leadOrganisationIds: [rh.id] }).expect(200);
      const { body: named } = await put(dropped, { leadOrganisationIds: [ufm.id, rh.id] }).expect(
        200,
      );
      expect(named.inferredLeadOrganisationIds).toEqual([]);
    });

    it('refuse an id named twice or of nobody, naming the list, and keep the leads', async () => {
      const a1 = await get(w.initiatives.a1.id);
      const { ufm } = w.organisations;
      expectFieldError(
        await put(a1, { leadOrganisationIds: [ufm.id, ufm.id] }),
        400,
        'leadOrganisationIds',
      );
      const missing = await put(a1, { leadOrganisationIds: [ufm.id, 999_999] });
      expect({ status: missing.status, message: missing.body.message }).toEqual({
        status: 400,
        message: 'leadOrganisationIds: no organisations with id 999999',
      });
      expect(await get(a1.id)).toEqual(a1);
    });

    it('filter the list by any one lead, or by none', async () => {
      const { ufm, ced } = w.organisations;
      const a2 = await get(w.initiatives.a2.id);
      await put(a2, { leadOrganisationIds: [ced.id, ufm.id] }).expect(200);
      expect(idsOf(await list({ filter: { leadOrganisationId: ufm.id } }))).toEqual([
        w.initiatives.a1.id,
        a2.id,
      ]);
      expect(idsOf(await list({ filter: { leadOrganisationId: [ced.id] } }))).toEqual([a2.id]);
      expect(idsOf(await list({ filter: { leadOrganisationId: null } }))).toEqual([
        w.initiatives.vaekstA1.id,
      ]);
    });
  });

  describe('health filter', () => {
    const byHealth = async (health: unknown) =>
      idsOf(await list({ filter: { health }, sort: ['id', 'ASC'] }));

    it('takes one traffic light or several, and "none" for not assessed', async () => {
      const { a1, a2, b1, vaekstA1 } = w.initiatives;
      expect(await byHealth('red')).toEqual([b1.id]);
      expect(await byHealth(['green', 'amber'])).toEqual([a1.id, a2.id]);
      expect(await byHealth('none')).toEqual([vaekstA1.id]);
      expect(await byHealth(['none', 'red'])).toEqual([b1.id, vaekstA1.id]);
    });

    it('refuses a value that is not a traffic light, naming the choices', async () => {
      const { body } = await t
        .http()
        .get('/api/initiatives')
        .query({ filter: JSON.stringify({ health: 'blue' }) })
        .expect(400);
      expect(body.message).toBe('filter: health must be one or more of green, amber, red, none');
    });
  });

  describe('code', () => {
    it("must start with its focus area's letter, on create", async () => {
      const before = await databaseSnapshot(t);
      const res = await t
        .http()
        .post('/api/initiatives')
        .send({ focusAreaId: w.focusAreas.areaB.id, code: 'A.5', title: 'Forkert bogstav' });
      expectFieldError(res, 400, 'code');
      expect(res.body.message).toBe("code: must start with the focus area's letter, as in B.1");
      expect(await databaseSnapshot(t)).toEqual(before);
    });

    it('must start with the letter of the focus area it is moved to', async () => {
      const a2 = await get(w.initiatives.a2.id);
      expectFieldError(await put(a2, { focusAreaId: w.focusAreas.areaB.id }), 400, 'code');
      const { body } = await put(a2, { focusAreaId: w.focusAreas.areaB.id, code: 'B.2' }).expect(
        200,
      );
      expect(body).toMatchObject({
        focusAreaId: w.focusAreas.areaB.id,
        code: 'B.2',
        strategyId: w.strategies.klynge.id,
      });
    });

    it('takes the strategy of a focus area in another strategy when moved there', async () => {
      const a2 = await get(w.initiatives.a2.id);
      const { body } = await put(a2, { focusAreaId: w.focusAreas.areaVaekstA.id }).expect(200);
      expect(body).toMatchObject({
        focusAreaId: w.focusAreas.areaVaekstA.id,
        strategyId: w.strategies.vaekst.id,
        code: 'A.2',
      });
    });

    it.each(['A1', 'a.1', 'A.0', 'A.1000', 'AB.1', 'A.1 '])('refuses the code %p', async (code) => {
      const res = await t
        .http()
        .post('/api/initiatives')
        .send({ focusAreaId: w.focusAreas.areaA.id, code, title: 'x' });
      expectFieldError(res, 400, 'code');
    });

    it('sorts naturally: A.2 before A.10, in both directions', async () => {
      for (const code of ['A.10', 'A.3', 'A.21']) {
        await w.f.initiative({ focusAreaId: w.focusAreas.areaA.id, code });
      }
      const codes = async (direction: string) =>
        (
          await list({ filter: { strategyId: w.strategies.klynge.id }, sort: ['code', direction] })
        ).body.map((i: InitiativeRecord) => i.code);
      expect(await codes('ASC')).toEqual(['A.1', 'A.2', 'A.3', 'A.10', 'A.21', 'B.1']);
      expect(await codes('DESC')).toEqual(['B.1', 'A.21', 'A.10', 'A.3', 'A.2', 'A.1']);
    });

    it('is sorted naturally by default', async () => {
      await w.f.initiative({ focusAreaId: w.focusAreas.areaA.id, code: 'A.10' });
      const { body } = await list({ filter: { focusAreaId: w.focusAreas.areaA.id } });
      expect(body.map((i: InitiativeRecord) => i.code)).toEqual(['A.1', 'A.2', 'A.10']);
    });
  });

  describe('progress', () => {
    const figures = (i: InitiativeRecord) => ({
      progress: i.progress,
      progressMethod: i.progressMethod,
      progressComputed: i.progressComputed,
      milestonesDone: i.milestonesDone,
      milestonesCounted: i.milestonesCounted,
      progressOverride: i.progressOverride,
      progressOverrideReason: i.progressOverrideReason,
    });
    const computed = (progress: number | null, done: number, counted: number) => ({
      progress: progress ?? 0,
      progressMethod: progress === null ? 'no_milestones' : 'milestones',
      progressComputed: progress,
      milestonesDone: done,
      milestonesCounted: counted,
      progressOverride: null,
      progressOverrideReason: null,
    });

    it('is done ÷ milestones not cancelled, in whole percent', async () => {
      // A.1: one done of two.
      expect(figures(await get(w.initiatives.a1.id))).toEqual(computed(50, 1, 2));
      const a1 = w.initiatives.a1.id;
      await w.f.milestone({ initiativeId: a1, status: 'cancelled' });
      expect(figures(await get(a1))).toEqual(computed(50, 1, 2));
      await w.f.milestone({ initiativeId: a1, status: 'done' });
      expect(figures(await get(a1))).toEqual(computed(67, 2, 3));
      await w.f.milestone({ initiativeId: a1, status: 'delayed' });
      await w.f.milestone({ initiativeId: a1, status: 'in_progress' });
      await w.f.milestone({ initiativeId: a1, status: 'planned' });
      expect(figures(await get(a1))).toEqual(computed(33, 2, 6));
    });

    it("is 0 by 'no_milestones' without milestones, or with only cancelled ones", async () => {
      expect(figures(await get(w.initiatives.a2.id))).toEqual(computed(null, 0, 0));
      expect(figures(await get(w.initiatives.b1.id))).toEqual(computed(null, 0, 0));
    });

    it('is 100 when every milestone that counts is done', async () => {
      const { body } = await t
        .http()
        .put(`/api/milestones/${w.milestones.workshop.id}`)
        .send({ ...w.milestones.workshop, status: 'done' })
        .expect(200);
      expect(body.status).toBe('done');
      expect(figures(await get(w.initiatives.a1.id))).toEqual(computed(100, 2, 2));
    });

    it('is replaced by an override with a reason, while progressComputed stays', async () => {
      const a1 = await get(w.initiatives.a1.id);
      const { body } = await put(a1, {
        progressOverride: 80,
        progressOverrideReason: '  Workshop talte dobbelt  ',
      }).expect(200);
      expect(figures(body)).toEqual({
        progress: 80,
        progressMethod: 'override',
        progressComputed: 50,
        milestonesDone: 1,
        milestonesCounted: 2,
        progressOverride: 80,
        progressOverrideReason: 'Workshop talte dobbelt',
      });
      const { body: cleared } = await put(body, { progressOverride: null }).expect(200);
      expect(figures(cleared)).toEqual(computed(50, 1, 2));
    });

    it('may be overridden to 0 on an initiative without milestones', async () => {
      const a2 = await get(w.initiatives.a2.id);
      const { body } = await put(a2, {
        progressOverride: 0,
        progressOverrideReason: 'Ikke startet',
      }).expect(200);
      expect(figures(body)).toEqual({
        ...computed(null, 0, 0),
        progressMethod: 'override',
        progressOverride: 0,
        progressOverrideReason: 'Ikke startet',
      });
    });

    it.each([undefined, null, '', '   '])(
      'refuses an override with reason %p, naming progressOverrideReason',
      async (reason) => {
        const a1 = await get(w.initiatives.a1.id);
        const before = await databaseSnapshot(t);
        const res = await put(a1, { progressOverride: 80, progressOverrideReason: reason });
        expectFieldError(res, 400, 'progressOverrideReason');
        expect(await databaseSnapshot(t)).toEqual(before);
      },
    );

    it.each([-1, 101, 50.5, '80'])(
      'refuses the override %p, naming progressOverride',
      async (override) => {
        const res = await t.http().post('/api/initiatives').send({
          focusAreaId: w.focusAreas.areaA.id,
          code: 'A.9',
          title: 'x',
          progressOverride: override,
          progressOverrideReason: 'fordi',
        });
        expectFieldError(res, 400, 'progressOverride');
      },
    );

    it('sorts by progress', async () => {
      const a2 = await get(w.initiatives.a2.id);
      await put(a2, { progressOverride: 90, progressOverrideReason: 'Næsten færdig' }).expect(200);
      const { body } = await list({
        filter: { strategyId: w.strategies.klynge.id },
        sort: ['progress', 'DESC'],
      });
      expect(body.map((i: InitiativeRecord) => [i.code, i.progress])).toEqual([
        ['A.2', 90],
        ['A.1', 50],
        ['B.1', 0],
      ]);
    });
  });
});
