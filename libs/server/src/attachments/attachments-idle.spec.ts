import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Factory } from '../testing/factories';
import { MINIMAL_PDF } from '../testing/sample-files';
import { TestApp, createTestApp } from '../testing/test-app';

/**
 * An upload that stalls is given up: a client that opens an upload and then sends nothing
 * (slowly, or on purpose) does not hold a transaction and a database connection for ever.
 * On an app of its own, given up after 1 s of silence (ATTACHMENT_IDLE_SECONDS).
 */
describe('a stalled upload', () => {
  let t: TestApp;
  let initiativeId: number;

  beforeAll(async () => {
    t = await createTestApp(undefined, { env: { ATTACHMENT_IDLE_SECONDS: '1' } });
    const f = new Factory(t);
    const strategy = await f.strategy({
      name: 'S',
      periodStart: '2016-01-01',
      periodEnd: '2018-12-31',
    });
    const area = await f.focusArea({ strategyId: strategy.id, code: 'A' });
    initiativeId = (await f.initiative({ focusAreaId: area.id, code: 'A.1' })).id;
  });
  afterAll(() => t.close());

  /** Connections of the app's that are busy (in a transaction or a query). */
  const busy = async (): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS busy FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
      )
    )[0].busy;

  it('is closed after the silence, its transaction rolled back, nothing stored', async () => {
    const boundary = 'stalled-upload';
    const head = Buffer.from(
      [
        `--${boundary}`,
        'Content-Disposition: form-data; name="parentType"',
        '',
        'initiative',
        `--${boundary}`,
        'Content-Disposition: form-data; name="parentId"',
        '',
        String(initiativeId),
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="referat.pdf"',
        'Content-Type: application/pdf',
        '',
        '',
      ].join('\r\n'),
    );
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/attachments',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + 1_000_000,
      },
    });
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      req.on('error', () => resolve(Date.now() - started));
      req.on('response', (res) => {
        res.resume();
        res.on('close', () => resolve(Date.now() - started));
      });
    });
    req.write(Buffer.concat([head, MINIMAL_PDF]));
    // The file is open: the upload's transaction has begun.
    for (let waited = 0; (await busy()) === 0 && waited < 900; waited += 25) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await busy()).toBe(1);
    // Then nothing more: the server gives up after a second, not when the client does.
    const after = await closed;
    expect(after).toBeGreaterThanOrEqual(900);
    expect(after).toBeLessThan(10_000);
    for (let waited = 0; (await busy()) > 0 && waited < 5000; waited += 25) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await busy()).toBe(0);
    const [{ files }] = await t.dataSource.query('SELECT count(*)::int AS files FROM attachments');
    expect(files).toBe(0);
    req.destroy();
  });
});
