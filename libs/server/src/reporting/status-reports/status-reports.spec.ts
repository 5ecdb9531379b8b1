import type { Response } from 'supertest';
import type { StatusReportRecord } from '@pejling/contracts';
import { World, useWorld } from '../../testing/factories';
import { databaseSnapshot, expectError } from '../../testing/expectations';
import type { TestApp } from '../../testing/test-app';
import { storyTime } from '../../core/clock/clock';

/** The test world's date (createTestApp's default). */
const TODAY = '2017-06-15';

describe('status reports', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  const get = async (id: number) =>
    (await t.http().get(`/api/status-reports/${id}`).expect(200)).body as StatusReportRecord;
  const put = (r: StatusReportRecord, change: Partial<StatusReportRecord>) =>
    t
      .http()
      .put(`/api/status-reports/${r.id}`)
      .send({ ...r, ...change });

  /**
   * A submission time the server set during this test, told by the product's clock: on the
   * fixed date (15 June 2017), at the real time of day.
   */
  const justNow = (since: number) => ({
    asymmetricMatch: (value: unknown) =>
      typeof value === 'string' &&
      Date.parse(value) >= storyTime(new Date(since - 1000), TODAY).getTime() &&
      Date.parse(value) <= storyTime(new Date(Date.now() + 1000), TODAY).getTime(),
    toString: () => `a time during this test, on ${TODAY}`,
  });

  async function refused(send: () => PromiseLike<Response>) {
    const before = await databaseSnapshot(t);
    const res = await send();
    expect(await databaseSnapshot(t)).toEqual(before);
    return res;
  }

  describe('once submitted', () => {
    it('cannot be changed: PUT is a 409 and nothing changes', async () => {
      const submitted = await get(w.statusReports.rapportB1.id);
      expect(submitted).toMatchObject({
        state: 'submitted',
        version: 1,
        submittedAt: expect.any(String),
      });
      const res = await refused(() => put(submitted, { summary: 'Omskrevet historie' }));
      expectError(
        res,
        409,
        `status report ${submitted.id} has been submitted and cannot be changed`,
      );
      expect(await get(submitted.id)).toEqual(submitted);
    });

    it('cannot be taken back to draft', async () => {
      const submitted = await get(w.statusReports.rapportB1.id);
      expectError(
        await refused(() => put(submitted, { state: 'draft' })),
        409,
        'cannot be changed',
      );
    });

    it('cannot be deleted: DELETE is a 409 and the report stays', async () => {
      const id = w.statusReports.rapportB1.id;
      expectError(
        await refused(() => t.http().delete(`/api/status-reports/${id}`)),
        409,
        'cannot be deleted',
      );
      await t.http().get(`/api/status-reports/${id}`).expect(200);
    });

    it('is refused before the version is looked at', async () => {
      const submitted = await get(w.statusReports.rapportB1.id);
      expectError(await refused(() => put(submitted, { version: 7 })), 409, 'has been submitted');
    });
  });

  describe('a draft', () => {
    it('can be edited: version + 1, still a draft without a submission time', async () => {
      const draft = await get(w.statusReports.rapportA1.id);
      expect(draft).toMatchObject({ state: 'draft', submittedAt: null });
      const { body } = await put(draft, {
        risks: 'Lav deltagelse',
        nextSteps: 'Ny workshop',
      }).expect(200);
      expect(body).toEqual({
        ...draft,
        risks: 'Lav deltagelse',
        nextSteps: 'Ny workshop',
        version: 2,
        updatedAt: expect.any(String),
      });
    });

    it('can be submitted, which sets submittedAt; after that it is frozen', async () => {
      const since = Date.now();
      const draft = await get(w.statusReports.rapportA1.id);
      const { body: submitted } = await put(draft, {
        state: 'submitted',
        summary: 'Endelig',
      }).expect(200);
      expect(submitted).toEqual({
        ...draft,
        state: 'submitted',
        summary: 'Endelig',
        version: 2,
        submittedAt: justNow(since),
        updatedAt: expect.any(String),
      });
      expectError(
        await refused(() => put(submitted, { summary: 'Efterrationalisering' })),
        409,
        'cannot be changed',
      );
      expectError(
        await refused(() => t.http().delete(`/api/status-reports/${draft.id}`)),
        409,
        'cannot be deleted',
      );
    });

    it('ignores a submittedAt sent by the client', async () => {
      const draft = await get(w.statusReports.rapportA2.id);
      const { body } = await put(draft, { submittedAt: '2017-01-01T00:00:00.000Z' }).expect(200);
      expect(body.submittedAt).toBeNull();
    });

    it('can be deleted', async () => {
      const draft = await get(w.statusReports.rapportA2.id);
      await t.http().delete(`/api/status-reports/${draft.id}`).expect(200, draft);
      await t.http().get(`/api/status-reports/${draft.id}`).expect(404);
    });
  });

  describe('created', () => {
    it('is dated today and a draft unless told otherwise', async () => {
      const { body } = await t
        .http()
        .post('/api/status-reports')
        .send({ initiativeId: w.initiatives.a1.id, health: 'red' })
        .expect(201);
      expect(body).toMatchObject({
        reportDate: '2017-06-15',
        state: 'draft',
        submittedAt: null,
        summary: '',
        risks: '',
        nextSteps: '',
        authorPersonId: null,
      });
    });

    it('may be submitted at once, with submittedAt set', async () => {
      const since = Date.now();
      const { body } = await t
        .http()
        .post('/api/status-reports')
        .send({ initiativeId: w.initiatives.a1.id, health: 'green', state: 'submitted' })
        .expect(201);
      expect(body).toMatchObject({ state: 'submitted', submittedAt: justNow(since) });
    });
  });
});
