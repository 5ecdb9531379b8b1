import { REMINDER_JOBS, type InvitationResult } from '@pejling/contracts';
import type { ParsedMail } from 'mailparser';
import type { TestSmtpServer } from '../../testing/smtp';
import { TestApp, createTestApp } from '../../testing/test-app';
import { DAY, addPerson, createPlan, settled, useMailingApp } from '../../testing/reminders';

const PASSWORD = 'evas-egen-adgangskode';

/** The link in an invitation e-mail, and its token. */
function linkIn(mail: ParsedMail | undefined): { url: string; token: string } {
  const url = /https?:\/\/\S+\/#\/set-password\?token=([\w-]+)/.exec(mail?.text ?? '');
  if (!url) throw new Error(`no link in ${mail?.text}`);
  return { url: url[0], token: url[1] };
}
const tokenOf = (url: string) => new URL(url.replace('#/', '')).searchParams.get('token') ?? '';

interface InvitationRow {
  status: string | null;
  problem: string | null;
  messageId: string | null;
  attempts: number;
}
const invitations = (t: TestApp): Promise<InvitationRow[]> =>
  t.dataSource.query(
    `SELECT status, problem, message_id AS "messageId", attempts FROM invitations ORDER BY id`,
  );

/**
 * `POST /api/people/:id/invitation`: the link is e-mailed to the person, in their language,
 * through the reminder queue and a worker, and shown to the secretariat to pass on too.
 * The invitation records what became of its e-mail.
 */
describe('invitations by e-mail', () => {
  const app = useMailingApp();
  let t: TestApp;
  let smtp: TestSmtpServer;
  let eva: number;

  beforeEach(async () => {
    ({ t, smtp } = app);
    const plan = await createPlan(t);
    eva = await addPerson(t, plan.organisation, 'Eva Ny', { language: 'en' });
  });

  const invite = async (personId: number): Promise<InvitationResult> =>
    (await t.http().post(`/api/people/${personId}/invitation`).expect(201)).body;
  const accept = (token: string) =>
    t.http().post('/api/auth/accept-invitation').send({ token, password: PASSWORD });

  it('e-mails the link to the person in their language, and shows it as well', async () => {
    const result = await invite(eva);
    expect(result).toEqual({
      url: expect.stringMatching(/\/#\/set-password\?token=[\w-]{40,}$/),
      expiresAt: expect.any(String),
      email: { to: 'evany@example.dk', language: 'en', mail: 'smtp', queued: true },
    });
    await settled(t);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toMatchObject({ value: [{ name: 'Eva Ny', address: 'evany@example.dk' }] });
    expect(mail.subject).toBe('Pejling: Your invitation to Pejling');
    expect(mail.text).toContain('Dear Eva Ny');
    expect(await invitations(t)).toEqual([
      { status: 'sent', problem: null, messageId: mail.messageId, attempts: 1 },
    ]);

    // The e-mailed link sets the password; then the one shown no longer works.
    const emailed = linkIn(mail);
    expect(emailed.token).not.toBe(tokenOf(result.url));
    await accept(emailed.token).expect(204);
    await accept(tokenOf(result.url)).expect(400);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'evany@example.dk', password: PASSWORD })
      .expect(200);
  });

  it('lets a newer invitation replace an older one, whose links stop', async () => {
    const first = await invite(eva);
    await settled(t);
    const second = await invite(eva);
    await settled(t);
    expect(smtp.received).toHaveLength(2);
    await accept(linkIn(smtp.received[0]).token).expect(400);
    await accept(tokenOf(first.url)).expect(400);
    await accept(linkIn(smtp.received[1]).token).expect(204);
    await accept(tokenOf(second.url)).expect(400);
  });

  it('sends an invitation made while the queue was away, once the worker’s check finds it', async () => {
    // As the API leaves it when Redis did not answer: recorded, not queued.
    await invite(eva);
    await settled(t);
    smtp.received.length = 0;
    await t.dataSource.query(
      `UPDATE invitations SET status = 'pending', job_id = NULL, message_id = NULL,
              problem = 'not_queued', next_attempt_at = now() - interval '5 minutes'`,
    );
    const check = await t.reminders.add(REMINDER_JOBS.requeue, {});
    await settled(t);
    expect(await check.getState()).toBe('completed');
    expect(smtp.received.map((mail) => mail.subject)).toEqual([
      'Pejling: Your invitation to Pejling',
    ]);
    expect(await invitations(t)).toEqual([
      expect.objectContaining({ status: 'sent', problem: null }),
    ]);
  });
});

describe('invitations without a mail server, or without the queue', () => {
  it('says plainly that no mail server is configured, and keeps the e-mail in the outbox', async () => {
    const t = await createTestApp(DAY, { worker: true });
    try {
      const plan = await createPlan(t);
      const res = await t.http().post(`/api/people/${plan.owner}/invitation`).expect(201);
      expect(res.body.email).toEqual({
        to: 'olgaowner@example.dk',
        language: 'da',
        mail: 'outbox',
        queued: true,
      });
      await settled(t);
      expect(await invitations(t)).toEqual([
        { status: 'outbox', problem: 'no_mail_server', messageId: null, attempts: 0 },
      ]);
    } finally {
      await t.close();
    }
  });

  it('gives the link while the queue is away, and says the e-mail waits for it', async () => {
    // Nothing listens on port 1.
    const t = await createTestApp(DAY, { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const plan = await createPlan(t);
      const res = await t.http().post(`/api/people/${plan.owner}/invitation`).expect(201);
      expect(res.body).toMatchObject({ url: expect.any(String), email: { queued: false } });
      expect(await invitations(t)).toEqual([
        { status: 'pending', problem: 'not_queued', messageId: null, attempts: 0 },
      ]);
    } finally {
      await t.close();
    }
  });
});
