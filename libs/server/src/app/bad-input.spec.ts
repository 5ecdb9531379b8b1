import { gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import type { ResourceName } from '@pejling/contracts';
import { Body, World, useWorld } from '../testing/factories';
import { databaseSnapshot, expectError, expectFieldError } from '../testing/expectations';
import { RESOURCE_CASES, withValue } from '../testing/resource-cases';
import type { TestApp } from '../testing/test-app';

/** Path ids that are not a positive 32-bit integer as written. */
const BAD_IDS = [
  'abc',
  '99999999999',
  '2147483648',
  '0',
  '-1',
  '1.5',
  '1.0',
  '1e0',
  '0x1',
  '01',
  '%20%31',
  '1abc',
];

/**
 * List parameters that break the simple-rest contract, and what the 400 must mention.
 * Parsing is shared by every resource, so all of them are sent to one (milestones); those
 * marked `everywhere` depend on a resource's own sorts and filters and go to each.
 */
const BAD_LIST_QUERIES: { query: string; mentions: string; everywhere?: true }[] = [
  { query: 'sort=["nope","ASC"]', mentions: 'sort: cannot sort by "nope"', everywhere: true },
  { query: 'sort=id', mentions: 'sort is not valid JSON' },
  { query: 'sort=["id"]', mentions: 'sort must be ["field","ASC"]' },
  { query: 'sort=["id","UP"]', mentions: 'sort must be ["field","ASC"]' },
  { query: 'sort={"id":"ASC"}', mentions: 'sort must be ["field","ASC"]' },
  { query: 'sort=["id","ASC"]&sort=["id","DESC"]', mentions: 'sort must be given once' },
  { query: 'range=[-1,9]', mentions: 'range must be [start,end]' },
  { query: 'range=[9,2]', mentions: 'range must be [start,end]' },
  { query: 'range=[0,1000]', mentions: 'range may span at most 1000 rows', everywhere: true },
  { query: 'range=[0.5,2]', mentions: 'range must be [start,end]' },
  { query: 'range=[0]', mentions: 'range must be [start,end]' },
  { query: 'range="0-9"', mentions: 'range must be [start,end]' },
  { query: 'range=[0,', mentions: 'range is not valid JSON' },
  { query: 'filter={"nope":1}', mentions: 'filter: unknown field "nope"', everywhere: true },
  {
    query: 'filter={"constructor":1}',
    mentions: 'filter: unknown field "constructor"',
    everywhere: true,
  },
  { query: 'filter={"__proto__":{"q":"x"}}', mentions: 'filter: unknown field "__proto__"' },
  { query: 'filter={"id":"x"}', mentions: 'filter: id must be', everywhere: true },
  { query: 'filter={"id":[0]}', mentions: 'filter: id must hold positive whole numbers' },
  { query: 'filter={"q":5}', mentions: 'filter: q must be text', everywhere: true },
  { query: 'filter=[]', mentions: 'filter must be a JSON object' },
  { query: 'filter="x"', mentions: 'filter must be a JSON object' },
  { query: 'filter=null', mentions: 'filter must be a JSON object' },
  { query: 'filter=', mentions: 'filter is not valid JSON' },
  { query: 'page=2', mentions: 'unknown query parameter: page', everywhere: true },
  { query: 'filter[q]=x', mentions: 'unknown query parameter: filter[q]' },
];

/** The resource that gets every bad id and list parameter; the others get a sample. */
const thorough = (c: { resource: ResourceName }) => c.resource === 'milestones';

describe('bad input', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  /** Sends a request that must be refused, and checks that the database is as it was. */
  async function refused(send: () => PromiseLike<Response>): Promise<Response> {
    const before = await databaseSnapshot(t);
    const res = await send();
    expect(await databaseSnapshot(t)).toEqual(before);
    return res;
  }

  const post = (resource: ResourceName, body: unknown) => () =>
    t
      .http()
      .post(`/api/${resource}`)
      .send(body as object);
  const put = (resource: ResourceName, id: number | string, body: unknown) => () =>
    t
      .http()
      .put(`/api/${resource}/${id}`)
      .send(body as object);

  describe.each(RESOURCE_CASES)('$resource', (c) => {
    const read = async (id: number) =>
      (await t.http().get(`/api/${c.resource}/${id}`).expect(200)).body as Body & {
        id: number;
        version: number;
      };

    it.each(c.required)('POST without %s: 400 naming it', async (field) => {
      const res = await refused(post(c.resource, withValue(c.create(w), field, undefined)));
      expectFieldError(res, 400, field);
      expect(res.body.message).toContain(`${field}: is required`);
    });

    it.each(c.required)('POST with %s null: 400 naming it', async (field) => {
      expectFieldError(
        await refused(post(c.resource, { ...c.create(w), [field]: null })),
        400,
        field,
      );
    });

    it('POST with a field the resource does not have: 400 naming it', async () => {
      const res = await refused(post(c.resource, { ...c.create(w), colour: 'blå' }));
      expectFieldError(res, 400, 'colour');
      expect(res.body.message).toBe('colour: is not a field of this resource');
    });

    it('POST and PUT with a character that overrides the direction of text: 400 naming it', async () => {
      const body = c.create(w);
      const record = await read(c.update.record(w).id);
      const texts = Object.keys(body).filter((field) => typeof body[field] === 'string');
      expect(texts.length).toBeGreaterThan(0);
      for (const field of texts) {
        const spoof = `${String(body[field])}\u202Efdp.exe`;
        const answers = [
          await refused(post(c.resource, { ...body, [field]: spoof })),
          await refused(put(c.resource, record.id, { ...record, [field]: spoof })),
        ];
        for (const res of answers) {
          expectFieldError(res, 400, field);
          expect(res.body.message).toContain('override the direction of text');
        }
      }
    });

    it('POST with read-only fields (id, version): 400 naming them', async () => {
      const res = await refused(post(c.resource, { ...c.create(w), id: 5, version: 1 }));
      expectFieldError(res, 400, 'id');
      expectFieldError(res, 400, 'version');
    });

    const wrongValues = c.wrongValues.map((v) => ({ ...v, json: JSON.stringify(v.value) }));
    it.each(wrongValues)('POST with $field = $json: 400 naming it', async ({ field, value }) => {
      expectFieldError(
        await refused(post(c.resource, withValue(c.create(w), field, value))),
        400,
        field,
      );
    });

    if (c.foreignKeys.length) {
      it.each(c.foreignKeys)(
        'POST with $field naming no record: 400 naming it',
        async ({ field, value }) => {
          const res = await refused(post(c.resource, { ...c.create(w), [field]: value }));
          expectFieldError(res, 400, field);
          expect(res.body.message).toContain('999999');
        },
      );

      it.each(c.foreignKeys)(
        'PUT with $field naming no record: 400 naming it, the record unchanged',
        async ({ field, value }) => {
          // A record nothing depends on, so that only the missing reference can be wrong.
          const { body: record } = await t
            .http()
            .post(`/api/${c.resource}`)
            .send(c.create(w))
            .expect(201);
          expectFieldError(
            await refused(put(c.resource, record.id, { ...record, [field]: value })),
            400,
            field,
          );
        },
      );
    }

    it('PUT with a field the resource does not have: 400 naming it', async () => {
      const record = await read(c.update.record(w).id);
      expectFieldError(
        await refused(put(c.resource, record.id, { ...record, colour: 'blå' })),
        400,
        'colour',
      );
    });

    it('PUT without version: 400 naming version', async () => {
      const record = await read(c.update.record(w).id);
      const res = await refused(put(c.resource, record.id, { ...record, version: undefined }));
      expectFieldError(res, 400, 'version');
    });

    it.each(thorough(c) ? [0, -1, 1.5, '1', 2 ** 31] : [-1, '1'])(
      'PUT with version %p: 400 naming version',
      async (version) => {
        const record = await read(c.update.record(w).id);
        expectFieldError(
          await refused(put(c.resource, record.id, { ...record, version })),
          400,
          'version',
        );
      },
    );

    it('PUT with a stale version: 409, and the record stays as the other writer left it', async () => {
      const record = await read(c.update.record(w).id);
      const { body: first } = await t
        .http()
        .put(`/api/${c.resource}/${record.id}`)
        .send({ ...record, ...c.update.change(w) })
        .expect(200);
      const res = await refused(put(c.resource, record.id, record));
      expectError(res, 409, `(your version ${record.version} is stale)`);
      expect(await read(record.id)).toEqual(first);
    });

    it('GET, PUT and DELETE of an id that does not exist: 404', async () => {
      expectError(await t.http().get(`/api/${c.resource}/999999`), 404, '999999 does not exist');
      expectError(
        await refused(put(c.resource, 999999, { ...c.create(w), version: 1 })),
        404,
        '999999 does not exist',
      );
      expectError(
        await refused(() => t.http().delete(`/api/${c.resource}/999999`)),
        404,
        '999999 does not exist',
      );
    });

    it.each(thorough(c) ? BAD_IDS : ['abc', '99999999999', '1e0'])(
      'GET, PUT and DELETE of id "%s": 400',
      async (id) => {
        const body = { ...c.create(w), version: 1 };
        expectFieldError(await t.http().get(`/api/${c.resource}/${id}`), 400, 'id');
        expectFieldError(await refused(put(c.resource, id, body)), 400, 'id');
        expectFieldError(
          await refused(() => t.http().delete(`/api/${c.resource}/${id}`)),
          400,
          'id',
        );
      },
    );

    it.each(thorough(c) ? BAD_LIST_QUERIES : BAD_LIST_QUERIES.filter((q) => q.everywhere))(
      'GET ?$query: 400',
      async ({ query, mentions }) => {
        expectError(await t.http().get(`/api/${c.resource}?${query}`), 400, mentions);
      },
    );

    it('POST and PUT with malformed JSON: 400', async () => {
      const res = await refused(() =>
        t
          .http()
          .post(`/api/${c.resource}`)
          .set('Content-Type', 'application/json')
          .send('{"title": "x",'),
      );
      expectError(res, 400, 'JSON');
      const put = await refused(() =>
        t
          .http()
          .put(`/api/${c.resource}/${c.update.record(w).id}`)
          .set('Content-Type', 'application/json')
          .send("{'version': 1}"),
      );
      expectError(put, 400, 'JSON');
    });
  });

  describe('deleting a record that is still in use: 409 saying what uses it', () => {
    it.each([
      {
        what: 'an initiative with milestones',
        resource: 'initiatives',
        id: (w: World) => w.initiatives.vaekstA1.id,
        usedBy: 'milestones',
      },
      {
        what: 'a person responsible for a milestone',
        resource: 'people',
        id: (w: World) => w.people.carl.id,
        usedBy: 'milestones',
      },
      {
        what: 'a focus area with initiatives',
        resource: 'focus-areas',
        id: (w: World) => w.focusAreas.areaB.id,
        usedBy: 'initiatives',
      },
      {
        what: 'a target with measurements',
        resource: 'targets',
        id: (w: World) => w.targets.guld.id,
        usedBy: 'measurements',
      },
      {
        what: 'an initiative with a status report',
        resource: 'initiatives',
        id: (w: World) => w.initiatives.a2.id,
        usedBy: 'status reports',
      },
    ] as const)('$what', async ({ resource, id, usedBy }) => {
      const res = await refused(() => t.http().delete(`/api/${resource}/${id(w)}`));
      expectError(res, 409, `still used by ${usedBy}`);
    });

    it('moving a focus area with initiatives to another strategy', async () => {
      const { body: area } = await t
        .http()
        .get(`/api/focus-areas/${w.focusAreas.areaB.id}`)
        .expect(200);
      const res = await refused(
        put('focus-areas', area.id, { ...area, strategyId: w.strategies.arkiv.id }),
      );
      expectError(res, 409, 'still used by initiatives, so it cannot be deleted or moved');
    });

    it('an organisation that leads an initiative', async () => {
      const lead = await w.f.organisation({ shortName: 'LEAD' });
      await w.f.initiative({
        focusAreaId: w.focusAreas.areaVaekstA.id,
        code: 'A.2',
        leadOrganisationIds: [lead.id],
      });
      const res = await refused(() => t.http().delete(`/api/organisations/${lead.id}`));
      expectError(res, 409, 'still used by initiative leads');
    });
  });

  describe('unique values: 409 naming the field, nothing written', () => {
    it.each([
      {
        what: 'two organisations with the same short name',
        resource: 'organisations',
        body: () => ({ name: 'Andet UFM', shortName: 'UFM', kind: 'other' }),
        field: 'shortName',
      },
      {
        what: 'a short name that differs only by spaces',
        resource: 'organisations',
        body: () => ({ name: 'Andet CED', shortName: ' CED ', kind: 'other' }),
        field: 'shortName',
      },
      {
        what: 'two people whose e-mails differ only in case',
        resource: 'people',
        body: () => ({ name: 'Anna igen', email: 'ANNA@UFM.DK' }),
        field: 'email',
      },
      {
        what: 'two initiatives with the same code in a strategy',
        resource: 'initiatives',
        body: (w: World) => ({ focusAreaId: w.focusAreas.areaA.id, code: 'A.1', title: 'Igen' }),
        field: 'code',
      },
      {
        what: 'two focus areas with the same code in a strategy',
        resource: 'focus-areas',
        body: (w: World) => ({ strategyId: w.strategies.klynge.id, code: 'B', title: 'Igen' }),
        field: 'code',
      },
      {
        what: 'two strategies with the same name',
        resource: 'strategies',
        body: () => ({
          name: 'Arkiveret plan',
          periodStart: '2020-01-01',
          periodEnd: '2020-12-31',
        }),
        field: 'name',
      },
      {
        what: 'two targets with the same number in a strategy',
        resource: 'targets',
        body: (w: World) => ({
          strategyId: w.strategies.klynge.id,
          number: 5,
          title: 'Igen',
          series: [{ key: 'main', label: 'x' }],
        }),
        field: 'number',
      },
    ] as const)('$what', async ({ resource, body, field }) => {
      expectFieldError(await refused(post(resource, body(w))), 409, field);
    });

    it('the same code in another strategy is allowed', async () => {
      await t
        .http()
        .post('/api/initiatives')
        .send({ focusAreaId: w.focusAreas.areaVaekstA.id, code: 'A.2', title: 'Ny' })
        .expect(201);
    });

    it('an update that takes another record’s short name: 409, the record unchanged', async () => {
      const { body: rh } = await t
        .http()
        .get(`/api/organisations/${w.organisations.rh.id}`)
        .expect(200);
      expectFieldError(
        await refused(put('organisations', rh.id, { ...rh, shortName: 'CED' })),
        409,
        'shortName',
      );
    });
  });

  describe('values the database would refuse are refused first, naming the field', () => {
    it.each([
      {
        what: 'a blank name',
        resource: 'strategies',
        body: () => ({ name: '   ', periodStart: '2020-01-01', periodEnd: '2020-12-31' }),
        field: 'name',
      },
      {
        what: 'a period that ends before it starts',
        resource: 'strategies',
        body: () => ({ name: 'Baglæns', periodStart: '2020-01-01', periodEnd: '2019-12-31' }),
        field: 'periodEnd',
      },
      {
        what: 'a year 0000 date',
        resource: 'strategies',
        body: () => ({ name: 'År nul', periodStart: '0000-01-01', periodEnd: '2019-12-31' }),
        field: 'periodStart',
      },
      {
        what: 'an id too large for the database',
        resource: 'milestones',
        body: (w: World) => ({
          initiativeId: 2 ** 31,
          title: 'x',
          dueDate: '2017-01-01',
          responsiblePersonId: w.people.anna.id,
        }),
        field: 'initiativeId',
      },
      {
        what: 'a partner id too large for the database',
        resource: 'initiatives',
        body: (w: World) => ({
          focusAreaId: w.focusAreas.areaA.id,
          code: 'A.3',
          title: 'x',
          partnerOrganisationIds: [2 ** 40],
        }),
        field: 'partnerOrganisationIds',
      },
      {
        what: 'a NUL character in a text',
        resource: 'organisations',
        body: () => ({ name: 'Nul\u0000org', shortName: 'NUL', kind: 'other' }),
        field: 'name',
      },
      {
        what: 'a NUL character in a series label',
        resource: 'targets',
        body: (w: World) => ({
          strategyId: w.strategies.arkiv.id,
          number: 1,
          title: 'x',
          series: [{ key: 'main', label: 'a\u0000' }],
        }),
        field: 'series.0.label',
      },
      {
        what: 'an initiative that ends before it starts',
        resource: 'initiatives',
        body: (w: World) => ({
          focusAreaId: w.focusAreas.areaA.id,
          code: 'A.3',
          title: 'x',
          startDate: '2018-01-01',
          endDate: '2017-01-01',
        }),
        field: 'endDate',
      },
      {
        what: 'a series target year before its baseline year',
        resource: 'targets',
        body: (w: World) => ({
          strategyId: w.strategies.arkiv.id,
          number: 1,
          title: 'x',
          series: [
            { key: 'main', label: 'x', baselineValue: 1, baselineYear: 2015, targetYear: 2014 },
          ],
        }),
        field: 'series',
      },
    ] as const)('$what', async ({ resource, body, field }) => {
      expectFieldError(await refused(post(resource, body(w))), 400, field);
    });
  });

  describe('the API outside its resources', () => {
    it('answers an unknown path under /api with a 404 in JSON, not the web app', async () => {
      const res = await t
        .http()
        .get('/api/unknown-thing')
        .expect('Content-Type', /application\/json/);
      expect({ status: res.status, body: res.body }).toEqual({
        status: 404,
        body: { statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/unknown-thing' },
      });
    });

    it('answers a method a resource does not have with a 404 in JSON', async () => {
      expectError(
        await t.http().patch(`/api/milestones/${w.milestones.workshop.id}`).send({}),
        404,
        'Cannot PATCH',
      );
      expectError(await t.http().delete('/api/milestones'), 404, 'Cannot DELETE');
    });

    it('refuses a body nested deeper than any record with a 400, naming where', async () => {
      const deep = JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`);
      const res = await refused(
        post('organisations', { name: 'x', shortName: 'DEEP', kind: 'other', region: deep }),
      );
      expectFieldError(res, 400, `region${'.0'.repeat(15)}`);
      expect(res.body.message).toContain('is nested more than 16 levels deep');
    });

    it('answers a body over the size limit with 413 in JSON', async () => {
      const res = await refused(
        post('organisations', { name: 'x'.repeat(300_000), shortName: 'BIG', kind: 'other' }),
      );
      expectError(res, 413, 'too large');
    });

    it('refuses a compressed body with a 4xx, whatever it would inflate to', async () => {
      const compressed =
        (body: Buffer, encoding = 'gzip') =>
        () =>
          t
            .http()
            .post('/api/organisations')
            .set('Content-Type', 'application/json')
            .set('Content-Encoding', encoding)
            .send(body);
      const json = (value: object) => Buffer.from(JSON.stringify(value));
      // 50 MB of one letter in 50 kB: never inflated.
      const bomb = gzipSync(
        json({ name: 'x'.repeat(50_000_000), shortName: 'BIG', kind: 'other' }),
      );
      const valid = gzipSync(json({ name: 'Gzip', shortName: 'GZ', kind: 'other' }));
      for (const send of [compressed(bomb), compressed(valid), compressed(valid, 'br')]) {
        const res = await refused(send);
        expect(res.status).toBe(400);
        expect(res.body).toEqual(expect.objectContaining({ statusCode: 400 }));
      }
    });

    it('answers a body in an unknown charset with 415 in JSON', async () => {
      const res = await refused(() =>
        t
          .http()
          .post('/api/organisations')
          .set('Content-Type', 'application/json; charset=klingon')
          .send('{}'),
      );
      expectError(res, 415, 'charset');
    });

    it('answers a path with broken percent-encoding with 400 in JSON', async () => {
      expectError(await t.http().get('/api/milestones/%E0%A4%A'), 400, 'decode');
    });
  });
});
