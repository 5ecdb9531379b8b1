import type { Response } from 'supertest';
import { Body, World, useWorld } from '../testing/factories';
import { RESOURCE_CASES, withValue } from '../testing/resource-cases';
import type { TestApp } from '../testing/test-app';

/** Whole bodies that are not a record, as raw JSON text. */
const HOSTILE_BODIES: { name: string; json: string }[] = [
  { name: 'null', json: 'null' },
  { name: 'an empty array', json: '[]' },
  { name: 'an array of objects', json: '[{},{}]' },
  { name: 'a string', json: '"x"' },
  { name: 'a number', json: '1' },
  { name: 'true', json: 'true' },
  { name: 'an empty object', json: '{}' },
  { name: 'a deeply nested object', json: `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}` },
  { name: 'a deeply nested array', json: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { name: 'a __proto__ key', json: '{"__proto__":{"version":1,"isAdmin":true}}' },
  { name: 'a constructor key', json: '{"constructor":{"prototype":{"version":1}}}' },
  { name: 'a negative version', json: '{"version":-1}' },
  { name: 'a string id', json: '{"id":"x"}' },
  { name: 'a version as text', json: '{"version":"1"}' },
  { name: 'a huge string', json: JSON.stringify({ title: 'x'.repeat(95_000) }) },
  { name: 'a body over the size limit', json: JSON.stringify({ title: 'x'.repeat(150_000) }) },
  { name: 'a lone surrogate', json: '{"title":"\\ud800"}' },
  { name: 'malformed JSON', json: '{"title":' },
];

/** Values put in place of each field of a valid body, one at a time. */
const HOSTILE_VALUES: unknown[] = [
  null,
  [],
  { a: { b: [{}] } },
  'x',
  -1,
  1.5,
  1e308,
  2 ** 31,
  true,
  '1',
  'x'.repeat(25_000),
  'NUL\u0000here',
  "'; DROP TABLE people; --",
  '2017-02-30',
];

/** Path ids and list query strings a client might send by mistake or on purpose. */
const HOSTILE_IDS = [
  'abc',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x1',
  '01',
  '99999999999',
  '9'.repeat(400),
  '%00',
  '%2e%2e',
  'null',
  'undefined',
  '[]',
  '%7B%7D',
  "1'",
  '1%27%20OR%201=1',
  '%F0%9F%98%80',
  '%E0%A4%A',
  '1;DROP',
];
const HOSTILE_QUERIES = [
  'sort=["id","ASC","x"]',
  'sort=[1,"ASC"]',
  'sort=["__proto__","ASC"]',
  'sort=["id; DROP TABLE people","ASC"]',
  'sort=null',
  'sort=',
  'sort[]=id',
  'range=[0,1e308]',
  'range=[1e308,1e308]',
  'range=["0","9"]',
  'range=[null,null]',
  'range=[9007199254740991,9007199254740991]',
  'filter={"id":[1e400]}',
  'filter={"id":[]}',
  'filter={"id":null}',
  'filter={"q":"%_\\\\"}',
  'filter={"q":"\\u0000"}',
  'filter={"q":"x".repeat}',
  'filter={"q":["a"]}',
  `filter=${encodeURIComponent(JSON.stringify({ q: 'ø'.repeat(2000) }))}`,
  'filter={"a":{"b":{"c":{}}}}',
  '%',
  'a=%ZZ',
  'filter=%7B',
  `filter=${encodeURIComponent(JSON.stringify({ id: Array.from({ length: 500 }, (_, i) => i + 1) }))}`,
];

/** Runs `send` for every item, a few at a time: the app and Postgres then share the CPUs. */
async function inBatches<T>(items: T[], send: (item: T) => Promise<void>, size = 4): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(send));
  }
}

/** Every field path of a body: top-level keys, and the keys of objects inside arrays. */
function fieldPaths(body: Body): string[] {
  return Object.entries(body).flatMap(([key, value]) =>
    Array.isArray(value) && value.length && typeof value[0] === 'object' && value[0] !== null
      ? [key, ...Object.keys(value[0] as object).map((sub) => `${key}.0.${sub}`)]
      : [key],
  );
}

describe('no request makes the API fail with a 500', () => {
  let t: TestApp;
  let w: World;
  useWorld((app, world) => {
    t = app;
    w = world;
  });

  /**
   * Collects every answer that is a server error, or not the API's JSON: an error must be
   * `{ statusCode, message }` with the status it was sent with.
   */
  function answers() {
    const problems: { request: string; status: number; body: string }[] = [];
    return {
      problems,
      check(request: string, res: Response) {
        const json = /^application\/json/.test(String(res.headers['content-type']));
        const errorShape =
          res.status < 400 ||
          (res.body?.statusCode === res.status &&
            typeof res.body?.message === 'string' &&
            res.body.message !== '');
        if (res.status >= 500 || !json || !errorShape) {
          problems.push({ request, status: res.status, body: res.text.slice(0, 200) });
        }
        return res;
      },
    };
  }

  describe.each(RESOURCE_CASES)('$resource', (c) => {
    const path = `/api/${c.resource}`;
    const target = (w: World) => `${path}/${c.update.record(w).id}`;

    it('POST and PUT of bodies that are no record', async () => {
      const { problems, check } = answers();
      for (const { name, json } of HOSTILE_BODIES) {
        for (const [method, url] of [
          ['post', path],
          ['put', target(w)],
        ] as const) {
          const res = await t
            .http()
            [method](url)
            .set('Content-Type', 'application/json')
            .send(json);
          check(`${method.toUpperCase()} ${url} with ${name}`, res);
        }
      }
      expect(problems).toEqual([]);
    });

    it('POST with a hostile value in each field of a valid body', async () => {
      const { problems, check } = answers();
      const valid = c.create(w);
      const conflicts: string[] = [];
      for (const field of fieldPaths(valid)) {
        for (const value of HOSTILE_VALUES) {
          const request = `POST ${path} with ${field} = ${JSON.stringify(value).slice(0, 40)}`;
          const res = check(
            request,
            await t
              .http()
              .post(path)
              .send(withValue(valid, field, value)),
          );
          if (res.status === 409) conflicts.push(request);
          // Gone again, so that the next body does not stop at a unique value already taken.
          if (res.status === 201) await t.http().delete(`${path}/${res.body.id}`).expect(200);
        }
      }
      expect(problems).toEqual([]);
      expect(conflicts).toEqual([]);
    });

    it('PUT with a hostile value in each field of the record as read', async () => {
      const { problems, check } = answers();
      let { body: record } = await t.http().get(target(w)).expect(200);
      // Read-only and computed fields are ignored whatever they hold: one body tries them all.
      const ignored = Object.keys(record).filter(
        (key) => !(key in c.create(w)) && key !== 'version',
      );
      const junk = Object.fromEntries(
        ignored.map((key, i) => [key, HOSTILE_VALUES[i % HOSTILE_VALUES.length]]),
      );
      const sends = [
        { label: `junk in ${ignored.join(', ')}`, change: (r: Body) => ({ ...r, ...junk }) },
        ...[...fieldPaths(c.create(w)), 'version'].flatMap((field) =>
          HOSTILE_VALUES.map((value) => ({
            label: `${field} = ${JSON.stringify(value).slice(0, 40)}`,
            change: (r: Body) => withValue(r, field, value),
          })),
        ),
      ];
      let accepted = 0;
      for (const { label, change } of sends) {
        const res = await t.http().put(target(w)).send(change(record));
        check(`PUT ${target(w)} with ${label}`, res);
        // Keep the version current, so that the next body gets past the lock to the database.
        if (res.status === 200) {
          record = res.body;
          accepted++;
        }
      }
      expect(problems).toEqual([]);
      // Some of the values are valid for some field, and were written; none were stale.
      expect(record.version).toBe(1 + accepted);
    });

    it('GET, PUT and DELETE of hostile ids', async () => {
      const { problems, check } = answers();
      const body = { ...c.create(w), version: 1 };
      for (const id of HOSTILE_IDS) {
        check(`GET ${path}/${id}`, await t.http().get(`${path}/${id}`));
        check(`PUT ${path}/${id}`, await t.http().put(`${path}/${id}`).send(body));
        check(`DELETE ${path}/${id}`, await t.http().delete(`${path}/${id}`));
      }
      expect(problems).toEqual([]);
    });

    it('GET lists with hostile parameters, and every filter with hostile values', async () => {
      const { problems, check } = answers();
      const keys = [...new Set(c.filters.flatMap((f) => Object.keys(f.filter(w))))];
      const values = [
        ...HOSTILE_VALUES.filter((v) => JSON.stringify(v).length < 2000),
        [null],
        [[1]],
        [{}],
        0,
      ];
      const queries = [
        ...HOSTILE_QUERIES,
        ...keys.flatMap((key) =>
          values.map((value) => `filter=${encodeURIComponent(JSON.stringify({ [key]: value }))}`),
        ),
        ...keys.flatMap((key) => [`sort=["${key}","ASC"]`, `sort=["${key}","DESC"]`]),
      ];
      await inBatches(queries, async (query) => {
        check(`GET ${path}?${query.slice(0, 120)}`, await t.http().get(`${path}?${query}`));
      });
      expect(problems).toEqual([]);
    });
  });

  describe('attachments', () => {
    const parent = (w: World) => ({ parentType: 'milestone', parentId: w.milestones.workshop.id });
    const upload = (fields: [string, string][], file?: { name: string; data: Buffer }) => {
      const req = t.http().post('/api/attachments');
      for (const [name, value] of fields) req.field(name, value);
      return file ? req.attach('file', file.data, file.name) : req;
    };

    it('GET, GET content and DELETE of hostile ids', async () => {
      const { problems, check } = answers();
      for (const id of HOSTILE_IDS) {
        for (const path of [`/api/attachments/${id}`, `/api/attachments/${id}/content`]) {
          check(`GET ${path}`, await t.http().get(path));
        }
        check(`DELETE /api/attachments/${id}`, await t.http().delete(`/api/attachments/${id}`));
      }
      expect(problems).toEqual([]);
    });

    it('GET lists with hostile parameters, and hostile values of the parent', async () => {
      const { problems, check } = answers();
      const filters = ['parentType', 'parentId'].flatMap((key) =>
        [...HOSTILE_VALUES, [null], [[1]], 0].map((value) =>
          encodeURIComponent(JSON.stringify({ ...parent(w), [key]: value })),
        ),
      );
      const queries = [
        ...HOSTILE_QUERIES,
        ...filters.map((filter) => `filter=${filter}`),
        ...HOSTILE_QUERIES.map(
          (query) => `${query}&filter=${encodeURIComponent(JSON.stringify(parent(w)))}`,
        ),
      ];
      await inBatches(queries, async (query) => {
        check(
          `GET /api/attachments?${query.slice(0, 120)}`,
          await t.http().get(`/api/attachments?${query}`),
        );
      });
      expect(problems).toEqual([]);
    });

    it('POST of hostile forms: fields, file names, contents and broken bodies', async () => {
      const { problems, check } = answers();
      const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
      const fields = (w: World): [string, string][] => [
        ['parentType', 'milestone'],
        ['parentId', String(w.milestones.workshop.id)],
      ];
      const hostile = HOSTILE_VALUES.map((value) => String(value).slice(0, 2000));
      const forms: [string, () => ReturnType<typeof upload>][] = [
        ...hostile.flatMap((value) =>
          [0, 1].map((at): [string, () => ReturnType<typeof upload>] => [
            `${fields(w)[at][0]} = ${value.slice(0, 40)}`,
            () => {
              const form = fields(w);
              form[at] = [form[at][0], value];
              return upload(form, { name: 'a.pdf', data: pdf });
            },
          ]),
        ),
        ...['', '.', '..', '/', '\\\\', '\u202e', 'ø'.repeat(5000), '%00', 'a\u0000b.pdf'].map(
          (name): [string, () => ReturnType<typeof upload>] => [
            `file name ${JSON.stringify(name).slice(0, 40)}`,
            () => upload(fields(w), { name, data: pdf }),
          ],
        ),
        ...[
          Buffer.alloc(0),
          Buffer.from('PK\x03\x04', 'latin1'),
          Buffer.from('PK\x05\x06', 'latin1'),
          Buffer.from('d0cf11e0a1b11ae1', 'hex'),
          Buffer.alloc(600, 0xff),
          Buffer.from([0xef, 0xbb]),
        ].map((data, i): [string, () => ReturnType<typeof upload>] => [
          `content ${i}`,
          () => upload(fields(w), { name: 'a.docx', data }),
        ]),
      ];
      for (const [label, send] of forms) check(`POST /api/attachments with ${label}`, await send());
      const raw = (contentType: string, body: string) =>
        t.http().post('/api/attachments').set('Content-Type', contentType).send(body);
      for (const [contentType, body] of [
        ['multipart/form-data', ''],
        ['multipart/form-data; boundary=', 'x'],
        ['multipart/form-data; boundary=x', ''],
        ['multipart/form-data; boundary=x', '--x\r\n'],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data\r\n\r\nx\r\n--x--',
        ],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
        ],
        ['multipart/form-data; boundary=x', `--x\r\n${'X-A: b\r\n'.repeat(3000)}\r\n--x--`],
        ['multipart/mixed; boundary=x', '--x--'],
        ['application/json', '{"parentType":"milestone"}'],
        ['application/json', '[]'],
      ]) {
        check(
          `POST /api/attachments as ${contentType} with ${body.slice(0, 40)}`,
          await raw(contentType, body),
        );
      }
      expect(problems).toEqual([]);
    });
  });

  it('GET /api/dashboard with hostile strategy ids', async () => {
    const { problems, check } = answers();
    for (const id of [...HOSTILE_IDS, '', '1&strategyId=2', '1&x=1']) {
      check(
        `GET /api/dashboard?strategyId=${id}`,
        await t.http().get(`/api/dashboard?strategyId=${id}`),
      );
    }
    expect(problems).toEqual([]);
  });

  it('is still healthy afterwards', async () => {
    await t.http().get('/api/health').expect(200);
  });
});
