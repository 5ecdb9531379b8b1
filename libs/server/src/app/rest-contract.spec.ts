import { PLAN_RESOURCES } from '@pejling/contracts';
import { World, useWorld } from '../testing/factories';
import { idsOf, totalOf } from '../testing/expectations';
import { RESOURCE_CASES, ResourceCase, sortedIds } from '../testing/resource-cases';
import type { TestApp } from '../testing/test-app';
import { FocusAreasService } from '../plan/focus-areas/focus-areas.service';
import { InitiativesService } from '../plan/initiatives/initiatives.service';
import { MilestonesService } from '../plan/milestones/milestones.service';
import { StrategiesService } from '../plan/strategies/strategies.service';
import { OrganisationsService } from '../people/organisations/organisations.service';
import { PeopleService } from '../people/people/people.service';
import { StatusReportsService } from '../reporting/status-reports/status-reports.service';
import { MeasurementsService } from '../targets/measurements/measurements.service';
import { TargetsService } from '../targets/targets/targets.service';
import { ReadSpec } from '../records/list-query';

/** Each resource's service, to read the filters and sorts its read spec declares. */
const SERVICES = {
  strategies: StrategiesService,
  'focus-areas': FocusAreasService,
  initiatives: InitiativesService,
  milestones: MilestonesService,
  organisations: OrganisationsService,
  people: PeopleService,
  targets: TargetsService,
  measurements: MeasurementsService,
  'status-reports': StatusReportsService,
} as const;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** react-admin's list query, JSON parameters as it sends them. */
function listQuery(params: {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)]));
}

describe('the react-admin simple-rest contract', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  const readSpec = (c: ResourceCase) =>
    (t.app.get(SERVICES[c.resource]) as unknown as { options: { read: ReadSpec<unknown> } }).options
      .read;

  it('has a case for every resource', () => {
    expect(RESOURCE_CASES.map((c) => c.resource).sort()).toEqual([...PLAN_RESOURCES].sort());
  });

  // Reading changes nothing, so these tests share the world as it was built.
  describe('reading', () => {
    describe.each(RESOURCE_CASES)('GET /api/$resource', (c) => {
      const list = (params: Parameters<typeof listQuery>[0]) =>
        t.http().get(`/api/${c.resource}`).query(listQuery(params)).expect('Content-Type', /json/);

      it(`sorts by ${c.sort.field} ascending and descending, with Content-Range`, async () => {
        const expected = c.sort.ascending(w).map((r) => r.id);
        const n = expected.length;
        const asc = await list({ sort: [c.sort.field, 'ASC'], range: [0, 24] }).expect(200);
        expect(idsOf(asc)).toEqual(expected);
        expect(asc.headers['content-range']).toBe(`${c.resource} 0-${n - 1}/${n}`);
        const desc = await list({ sort: [c.sort.field, 'DESC'], range: [0, 24] }).expect(200);
        expect(idsOf(desc)).toEqual([...expected].reverse());
      });

      it('answers a range of rows with the total in Content-Range', async () => {
        const all = sortedIds(c.records(w));
        const page = await list({ sort: ['id', 'ASC'], range: [1, 2] }).expect(200);
        expect(idsOf(page)).toEqual(all.slice(1, 3));
        expect(page.headers['content-range']).toBe(`${c.resource} 1-2/${all.length}`);
        const past = await list({
          sort: ['id', 'DESC'],
          range: [all.length, all.length + 9],
        }).expect(200);
        expect(past.body).toEqual([]);
        expect(past.headers['content-range']).toBe(`${c.resource} */${all.length}`);
      });

      it('pages through every sort, both ways, as the whole list in order', async () => {
        // Pages beyond the middle are read from the end (list-query.ts): each page must still
        // hold exactly the rows of the whole list at its place, empty values included.
        const size = 3;
        for (const field of readSpec(c).sortable) {
          for (const direction of ['ASC', 'DESC']) {
            const whole = idsOf(await list({ sort: [field, direction], range: [0, 999] }));
            const paged: number[] = [];
            for (let start = 0; start < whole.length; start += size) {
              const page = await list({
                sort: [field, direction],
                range: [start, start + size - 1],
              }).expect(200);
              paged.push(...idsOf(page));
            }
            expect({ field, direction, ids: paged }).toEqual({ field, direction, ids: whole });
          }
        }
      });

      it('lists without parameters, in its default order, up to 1000 rows', async () => {
        const res = await t.http().get(`/api/${c.resource}`).expect(200);
        expect(idsOf(res).sort((a, b) => a - b)).toEqual(sortedIds(c.records(w)));
        expect(totalOf(res)).toBe(c.records(w).length);
      });

      it.each(c.filters)(`filters by $name`, async ({ filter, expected }) => {
        const res = await list({ filter: filter(w), sort: ['id', 'ASC'] }).expect(200);
        expect(idsOf(res)).toEqual(sortedIds(expected(w)));
        expect(totalOf(res)).toBe(expected(w).length);
      });

      it('has a test above for every filter it declares', () => {
        const tested = new Set(c.filters.flatMap((f) => Object.keys(f.filter(w))));
        expect([...tested].sort()).toEqual(['id', ...Object.keys(readSpec(c).filters)].sort());
      });

      it('sorts by every field it allows, both ways', async () => {
        const all = sortedIds(c.records(w));
        for (const field of readSpec(c).sortable) {
          for (const direction of ['ASC', 'DESC']) {
            const res = await list({ sort: [field, direction] });
            expect({
              field,
              direction,
              status: res.status,
              ids: idsOf(res).sort((a, b) => a - b),
            }).toEqual({
              field,
              direction,
              status: 200,
              ids: all,
            });
          }
        }
      });

      it('gets one record, the same as the list shows it', async () => {
        const [record] = c.records(w);
        const one = await t.http().get(`/api/${c.resource}/${record.id}`).expect(200);
        const listed = await list({ filter: { id: [record.id] } }).expect(200);
        expect(listed.body).toEqual([one.body]);
        const computed = Object.keys(c.staleComputed?.(w) ?? {});
        const stored = Object.fromEntries(
          Object.entries(record).filter(([k]) => !computed.includes(k)),
        );
        expect(one.body).toEqual(expect.objectContaining(stored));
      });
    });
  });

  describe('writing', () => {
    describe.each(RESOURCE_CASES)('$resource', (c) => {
      const count = async () => totalOf(await t.http().get(`/api/${c.resource}`).expect(200));

      it(`POST /api/${c.resource} answers 201 with the whole record, version 1`, async () => {
        const before = await count();
        const body = c.create(w);
        const res = await t.http().post(`/api/${c.resource}`).send(body);
        expect({ status: res.status, body: res.body }).toEqual({
          status: 201,
          body: {
            ...body,
            ...c.derived(w),
            id: expect.any(Number),
            version: 1,
            createdAt: expect.stringMatching(ISO_INSTANT),
            updatedAt: expect.stringMatching(ISO_INSTANT),
          },
        });
        await t.http().get(`/api/${c.resource}/${res.body.id}`).expect(200, res.body);
        expect(await count()).toBe(before + 1);
      });

      it(`PUT /api/${c.resource}/:id takes the whole record back, ignores read-only fields, answers version + 1`, async () => {
        const { body: record } = await t
          .http()
          .get(`/api/${c.resource}/${c.update.record(w).id}`)
          .expect(200);
        const change = c.update.change(w);
        const sent = {
          ...record,
          ...change,
          ...c.staleComputed?.(w),
          createdAt: '2000-01-01T00:00:00.000Z',
          updatedAt: '2000-01-01T00:00:00.000Z',
        };
        const res = await t.http().put(`/api/${c.resource}/${record.id}`).send(sent);
        expect({ status: res.status, body: res.body }).toEqual({
          status: 200,
          body: {
            ...record,
            ...change,
            version: record.version + 1,
            updatedAt: expect.stringMatching(ISO_INSTANT),
          },
        });
        expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(record.updatedAt));
        await t.http().get(`/api/${c.resource}/${record.id}`).expect(200, res.body);
      });

      it(`DELETE /api/${c.resource}/:id answers the deleted record, then it is gone`, async () => {
        const { body: created } = await t
          .http()
          .post(`/api/${c.resource}`)
          .send(c.create(w))
          .expect(201);
        const before = await count();
        await t.http().delete(`/api/${c.resource}/${created.id}`).expect(200, created);
        const gone = await t.http().get(`/api/${c.resource}/${created.id}`).expect(404);
        expect(gone.body).toEqual({
          statusCode: 404,
          error: 'Not Found',
          message: expect.stringContaining(`${created.id} does not exist`),
        });
        await t.http().delete(`/api/${c.resource}/${created.id}`).expect(404);
        expect(await count()).toBe(before - 1);
      });
    });
  });
});
