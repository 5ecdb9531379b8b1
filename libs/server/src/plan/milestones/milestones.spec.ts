import type { MilestoneRecord } from '@pejling/contracts';
import { World, useWorld } from '../../testing/factories';
import { databaseSnapshot, expectFieldError, idsOf } from '../../testing/expectations';
import type { TestApp } from '../../testing/test-app';

/** The test clock's date. */
const TODAY = '2017-06-15';

describe('milestones', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  const list = (filter: object) =>
    t
      .http()
      .get('/api/milestones')
      .query({ filter: JSON.stringify(filter), sort: '["id","ASC"]' })
      .expect(200);
  const get = async (id: number) =>
    (await t.http().get(`/api/milestones/${id}`).expect(200)).body as MilestoneRecord;
  const put = (m: MilestoneRecord, change: Partial<MilestoneRecord>) =>
    t
      .http()
      .put(`/api/milestones/${m.id}`)
      .send({ ...m, ...change });

  describe('overdue: due before today and neither done nor cancelled', () => {
    /** One milestone per case around today, on initiative B.1 (which has only a cancelled one). */
    async function aroundToday() {
      const m = (dueDate: string, status: string, extra: object = {}) =>
        w.f.milestone({
          initiativeId: w.initiatives.b1.id,
          title: `${status} ${dueDate}`,
          dueDate,
          status,
          ...extra,
        });
      return {
        yesterdayPlanned: await m('2017-06-14', 'planned'),
        todayPlanned: await m(TODAY, 'planned'),
        tomorrowPlanned: await m('2017-06-16', 'planned'),
        longAgoInProgress: await m('2016-01-04', 'in_progress'),
        yesterdayDelayed: await m('2017-06-14', 'delayed'),
        yesterdayDone: await m('2017-06-14', 'done'),
        yesterdayCancelled: await m('2017-06-14', 'cancelled'),
      };
    }

    it('is worked out on each record against the clock’s date', async () => {
      const ms = await aroundToday();
      const overdue = Object.fromEntries(
        await Promise.all(
          Object.entries(ms).map(async ([name, m]) => [name, (await get(m.id)).overdue]),
        ),
      );
      expect(overdue).toEqual({
        yesterdayPlanned: true,
        todayPlanned: false,
        tomorrowPlanned: false,
        longAgoInProgress: true,
        yesterdayDelayed: true,
        yesterdayDone: false,
        yesterdayCancelled: false,
      });
    });

    it('filters with overdue true and false, alone and with focusAreaId', async () => {
      const ms = await aroundToday();
      const late = [ms.yesterdayPlanned.id, ms.longAgoInProgress.id, ms.yesterdayDelayed.id];
      expect(idsOf(await list({ overdue: true }))).toEqual([w.milestones.workshop.id, ...late]);
      expect(idsOf(await list({ overdue: true, focusAreaId: w.focusAreas.areaB.id }))).toEqual(
        late,
      );
      expect(idsOf(await list({ overdue: true, focusAreaId: w.focusAreas.areaA.id }))).toEqual([
        w.milestones.workshop.id,
      ]);
      const notLate = await list({ overdue: false, focusAreaId: w.focusAreas.areaB.id });
      expect(idsOf(notLate)).toEqual([
        w.milestones.messe.id,
        ms.todayPlanned.id,
        ms.tomorrowPlanned.id,
        ms.yesterdayDone.id,
        ms.yesterdayCancelled.id,
      ]);
      expect(notLate.headers['content-range']).toBe('milestones 0-4/5');
    });

    it('stops being overdue when the milestone is done', async () => {
      const workshop = await get(w.milestones.workshop.id);
      expect(workshop.overdue).toBe(true);
      const { body } = await put(workshop, { status: 'done' }).expect(200);
      expect(body).toMatchObject({ status: 'done', overdue: false, completedOn: TODAY });
      expect(idsOf(await list({ overdue: true }))).toEqual([]);
    });
  });

  describe('due dates and focus areas', () => {
    it('filters by dueFrom and dueTo together, both inclusive', async () => {
      const res = await list({ dueFrom: '2017-03-01', dueTo: '2017-09-30' });
      expect(idsOf(res)).toEqual([w.milestones.workshop.id, w.milestones.rapport.id]);
      expect(idsOf(await list({ dueFrom: '2017-03-02', dueTo: '2017-09-29' }))).toEqual([]);
    });

    it('filters by focusAreaId through the initiative, one or several', async () => {
      expect(idsOf(await list({ focusAreaId: w.focusAreas.areaA.id }))).toEqual([
        w.milestones.workshop.id,
        w.milestones.rapport.id,
      ]);
      expect(
        idsOf(await list({ focusAreaId: [w.focusAreas.areaB.id, w.focusAreas.areaVaekstA.id] })),
      ).toEqual([w.milestones.messe.id, w.milestones.kickoff.id]);
    });

    it('carries its initiative’s focus area and strategy, and follows a move', async () => {
      const workshop = await get(w.milestones.workshop.id);
      expect(workshop).toMatchObject({
        focusAreaId: w.focusAreas.areaA.id,
        strategyId: w.strategies.klynge.id,
      });
      const { body } = await put(workshop, { initiativeId: w.initiatives.vaekstA1.id }).expect(200);
      expect(body).toMatchObject({
        initiativeId: w.initiatives.vaekstA1.id,
        focusAreaId: w.focusAreas.areaVaekstA.id,
        strategyId: w.strategies.vaekst.id,
      });
    });

    it.each([
      { filter: { dueFrom: '2017-02-30' }, field: 'dueFrom' },
      { filter: { dueTo: '17-06-01' }, field: 'dueTo' },
      { filter: { dueFrom: 20170601 }, field: 'dueFrom' },
      { filter: { overdue: 'yes' }, field: 'overdue' },
      { filter: { focusAreaId: 'A' }, field: 'focusAreaId' },
      { filter: { status: 'finished' }, field: 'status' },
    ])('refuses filter $filter with a 400 naming $field', async ({ filter, field }) => {
      const res = await t
        .http()
        .get('/api/milestones')
        .query({ filter: JSON.stringify(filter) });
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 400,
        message: expect.stringContaining(`filter: ${field} must be`),
      });
    });
  });

  describe('a moved deadline', () => {
    it('keeps the due date it was planned with, and says it has moved', async () => {
      const messe = await get(w.milestones.messe.id);
      expect(messe).toMatchObject({ originalDueDate: messe.dueDate, moved: false });
      const { body: later } = await put(messe, { dueDate: '2017-09-30' }).expect(200);
      expect(later).toMatchObject({
        dueDate: '2017-09-30',
        originalDueDate: messe.dueDate,
        moved: true,
      });
      // Sent back as read, or changed by a client: the original stays.
      const { body: again } = await put(later, { originalDueDate: '2016-01-01' }).expect(200);
      expect(again.originalDueDate).toBe(messe.dueDate);
      expect(idsOf(await list({ moved: true }))).toEqual([messe.id]);
      expect(idsOf(await list({ moved: false }))).not.toContain(messe.id);
      // Moved back to the planned day, it is no longer moved.
      const { body: back } = await put(again, { dueDate: messe.dueDate }).expect(200);
      expect(back.moved).toBe(false);
    });

    it('starts from the due date given when the milestone is created', async () => {
      const { body } = await t
        .http()
        .post('/api/milestones')
        .send({ initiativeId: w.initiatives.a1.id, title: 'Ny', dueDate: '2017-11-01' })
        .expect(201);
      expect(body).toMatchObject({ originalDueDate: '2017-11-01', moved: false });
    });

    it('cannot be given or changed by a client', async () => {
      const res = await t.http().post('/api/milestones').send({
        initiativeId: w.initiatives.a1.id,
        title: 'Ny',
        dueDate: '2017-11-01',
        originalDueDate: '2017-01-01',
      });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('originalDueDate');
    });
  });

  describe('completedOn follows the status', () => {
    const create = (body: object) =>
      t
        .http()
        .post('/api/milestones')
        .send({
          initiativeId: w.initiatives.a2.id,
          title: 'Afsluttet',
          dueDate: '2017-05-01',
          ...body,
        });

    it('is today when a milestone is created done without one', async () => {
      const { body } = await create({ status: 'done' }).expect(201);
      expect(body).toMatchObject({ status: 'done', completedOn: TODAY, overdue: false });
    });

    it('keeps the date given for a done milestone, today included', async () => {
      expect(
        (await create({ status: 'done', completedOn: '2017-04-28' }).expect(201)).body.completedOn,
      ).toBe('2017-04-28');
      expect(
        (await create({ status: 'done', completedOn: TODAY }).expect(201)).body.completedOn,
      ).toBe(TODAY);
    });

    it('is cleared for every other status, even when given', async () => {
      for (const status of ['planned', 'in_progress', 'delayed', 'cancelled']) {
        const { body } = await create({ status, completedOn: '2017-04-28' }).expect(201);
        expect({ status, completedOn: body.completedOn }).toEqual({ status, completedOn: null });
      }
    });

    it('refuses a completedOn after today with a 400 naming it, writing nothing', async () => {
      const before = await databaseSnapshot(t);
      const res = await create({ status: 'done', completedOn: '2017-06-16' });
      expectFieldError(res, 400, 'completedOn');
      expect(res.body.message).toBe(`completedOn: cannot be after today (${TODAY})`);
      expect(await databaseSnapshot(t)).toEqual(before);
    });

    it('is set to today by an update to done, and cleared by one back to planned', async () => {
      const workshop = await get(w.milestones.workshop.id);
      const { body: done } = await put(workshop, { status: 'done' }).expect(200);
      expect(done).toMatchObject({ status: 'done', completedOn: TODAY, version: 2 });
      const { body: reopened } = await put(done, { status: 'planned' }).expect(200);
      expect(reopened).toMatchObject({
        status: 'planned',
        completedOn: null,
        version: 3,
        overdue: true,
      });
    });

    it('keeps the stored date when a done milestone is saved again as it was read', async () => {
      const rapport = await get(w.milestones.rapport.id);
      expect(rapport.completedOn).toBe('2017-05-02');
      const { body } = await put(rapport, { title: 'Rapport om forskning, endelig' }).expect(200);
      expect(body).toMatchObject({
        completedOn: '2017-05-02',
        title: 'Rapport om forskning, endelig',
      });
    });

    it('refuses an update that moves completedOn past today, leaving the record as it was', async () => {
      const rapport = await get(w.milestones.rapport.id);
      expectFieldError(await put(rapport, { completedOn: '2018-01-01' }), 400, 'completedOn');
      expect(await get(rapport.id)).toEqual(rapport);
    });
  });
});
