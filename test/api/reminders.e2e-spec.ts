import { startSmtpServer, TestSmtpServer } from '@pejling/server/testing';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';
import { DEMO, Session } from '../support/session';

interface Delivery {
  status: string;
  recipientName: string;
  messageId: string | null;
}

/** `npm start` with a mail server: the worker beside the API sends the demo's reminders. */
describe('reminders in the built app, sent over SMTP by its worker', () => {
  let smtp: TestSmtpServer;
  let app: BuiltApp;
  let session: Session;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startBuiltApp({ env: { SMTP_URL: smtp.url } });
    session = new Session(app.url);
    expect((await session.signIn(DEMO.secretariat)).status).toBe(200);
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await dropDatabase(app.databaseName);
    await smtp?.close();
  });

  const run = async () => {
    const res = await session.fetch('/api/reminders/run', {
      method: 'POST',
      body: JSON.stringify({ asOf: '2017-06-15' }),
    });
    expect(res.status).toBe(200);
    return res.json() as Promise<{ recorded: number; queued: { personId: number }[] }>;
  };

  /** The demo date's deliveries (the demo's story has sent those of the days before). */
  const deliveries = async (): Promise<Delivery[]> =>
    (
      await session.fetch('/api/reminder-deliveries?filter={"from":"2017-06-15"}&range=[0,999]')
    ).json();

  it('delivers the digests of the demo date within seconds, and nothing more on a second run', async () => {
    const { recorded, queued } = await run();
    expect(recorded).toBeGreaterThan(0);
    const deadline = Date.now() + 10_000;
    while (smtp.received.length < queued.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(smtp.received).toHaveLength(queued.length);
    // The worker marks them sent just after the server has accepted them.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = await deliveries();
    expect(log).toHaveLength(recorded);
    expect(log.every((d) => d.status === 'sent' && d.messageId)).toBe(true);

    expect(await run()).toMatchObject({ recorded: 0, queued: [] });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received).toHaveLength(queued.length);
  });
});
