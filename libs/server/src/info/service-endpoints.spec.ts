import { PLAN_RESOURCES } from '@pejling/contracts';
import { TestApp, createTestApp } from '../testing/test-app';

describe('the endpoints around the resources', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('2017-06-15');
  });
  afterAll(() => t.close());

  it('GET /api/health: 200 with the database and Redis up', async () => {
    const { body } = await t.http().get('/api/health').expect(200).expect('Content-Type', /json/);
    expect(body).toEqual({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
      error: {},
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it("GET /api/info: the clock's fixed date, not a demo", async () => {
    await t
      .http()
      .get('/api/info')
      .expect(200, {
        today: '2017-06-15',
        fixedToday: true,
        demo: false,
        attachmentMaxBytes: 25 * 1024 * 1024,
      });
  });

  it('GET /api/docs: the Swagger UI page', async () => {
    const res = await t
      .http()
      .get('/api/docs')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(res.text).toContain('swagger-ui');
  });

  it('GET /api/docs-json: the OpenAPI document, with every resource', async () => {
    const { body } = await t
      .http()
      .get('/api/docs-json')
      .expect(200)
      .expect('Content-Type', /json/);
    expect(body).toMatchObject({
      openapi: expect.stringMatching(/^3\./),
      info: { title: 'Pejling API' },
    });
    for (const resource of PLAN_RESOURCES) {
      expect({
        resource,
        collection: Object.keys(body.paths[`/api/${resource}`] ?? {}).sort(),
      }).toEqual({
        resource,
        collection: ['get', 'post'],
      });
      expect({
        resource,
        record: Object.keys(body.paths[`/api/${resource}/{id}`] ?? {}).sort(),
      }).toEqual({
        resource,
        record: ['delete', 'get', 'put'],
      });
      expect(body.paths[`/api/${resource}/{id}`].get.parameters).toEqual([
        expect.objectContaining({
          name: 'id',
          in: 'path',
          required: true,
          schema: { type: 'number' },
        }),
      ]);
    }
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/dashboard', '/api/health', '/api/info']),
    );
  });
});
