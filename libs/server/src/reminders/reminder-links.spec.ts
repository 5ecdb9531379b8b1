import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { hashPassword } from '../auth/passwords';
import { Agent, makeAccount, signIn } from '../testing/accounts';
import { signInLinks, tokenOf, unsubscribeLink } from '../testing/mail-links';
import type { TestSmtpServer } from '../testing/smtp';
import type { TestApp } from '../testing/test-app';
import {
  DAY,
  Plan,
  addressOf,
  createPlan,
  deliveries,
  milestone,
  recipients,
  settled,
  useMailingApp,
} from '../testing/reminders';

/**
 * What a reminder e-mail links to: a single-use sign-in to the milestone, unsubscribing,
 * and the choice of one e-mail per milestone; and the calendar feed. With real sessions,
 * a worker, Redis and an SMTP server.
 */
describe('reminder links, choices and the calendar feed', () => {
  const PASSWORD = 'lang-og-hemmelig-adgangskode';
  const app = useMailingApp({ sessions: true });
  let t: TestApp;
  let smtp: TestSmtpServer;
  let plan: Plan;
  let secretariat: Agent;

  beforeEach(async () => {
    ({ t, smtp } = app);
    plan = await createPlan(t);
    await makeAccount(t, plan.secretariat, await hashPassword(PASSWORD));
    secretariat = await signIn(t, 'sarasekretr@example.dk', PASSWORD);
  });

  const runFor = async (asOf = DAY) => {
    await secretariat.post('/api/reminders/run').send({ asOf }).expect(200);
    await settled(t);
  };
  const mailTo = (address: string) => smtp.received.filter((m) => addressOf(m) === address);
  const OLGA = 'olgaowner@example.dk';
  const rawHeaders = (mail: ParsedMail) => mail.headerLines.map((h) => h.line).join('\n');

  describe('the sign-in link', () => {
    it('signs the person in and opens the milestone on their My work, once', async () => {
      const id = await milestone(t, plan, 'Workshop om fødevareklynger', -3);
      await runFor();
      const [link] = signInLinks(mailTo(OLGA)[0].text);

      const browser = request.agent(t.app.getHttpServer());
      const first = await browser.post('/api/auth/link').send({ token: tokenOf(link) });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        path: `/my-work?milestone=${id}`,
        me: { person: { id: plan.owner, name: 'Olga Owner' }, role: 'owner' },
      });
      expect(first.headers['set-cookie']?.[0]).toMatch(/HttpOnly/i);
      const me = await browser.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.person.id).toBe(plan.owner);

      const second = await request(t.app.getHttpServer())
        .post('/api/auth/link')
        .send({ token: tokenOf(link) });
      expect(second.status).toBe(400);
      expect(second.body.errors).toEqual([
        { field: 'token', messages: [expect.stringMatching(/unknown, used or expired/)] },
      ]);
    });

    it('is kept only as a hash, and stops working after 7 days', async () => {
      await milestone(t, plan, 'Netværksmøde', -3);
      await runFor();
      const token = tokenOf(signInLinks(mailTo(OLGA)[0].text)[0]);
      const rows = await t.dataSource.query(
        // Expiry runs on the real clock, whatever the product's date.
        `SELECT token_hash, round(extract(epoch FROM expires_at - now()) / 86400)::int AS days
           FROM link_tokens WHERE purpose = 'sign_in'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).not.toContain(token);
      expect(rows[0].days).toBe(7);

      await t.dataSource.query(
        `UPDATE link_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'sign_in'`,
      );
      const res = await request(t.app.getHttpServer()).post('/api/auth/link').send({ token });
      expect(res.status).toBe(400);
    });

    it('does not sign in a person who has been deactivated since', async () => {
      await milestone(t, plan, 'Netværksmøde', -3);
      await runFor();
      const token = tokenOf(signInLinks(mailTo(OLGA)[0].text)[0]);
      await t.dataSource.query('UPDATE people SET active = false WHERE id = $1', [plan.owner]);
      const res = await request(t.app.getHttpServer()).post('/api/auth/link').send({ token });
      expect(res.status).toBe(400);
    });

    it('refuses a missing or malformed token with a 400 naming it', async () => {
      const http = request(t.app.getHttpServer());
      for (const body of [{}, { token: '' }, { token: 42 }, { token: 'x'.repeat(500) }]) {
        const res = await http.post('/api/auth/link').send(body);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].field).toBe('token');
      }
    });
  });

  describe('unsubscribing', () => {
    it('stops reminders but not escalations, from the link or one click in the mail program', async () => {
      await milestone(t, plan, 'Snart', -3);
      await runFor();
      const [mail] = mailTo(OLGA);
      const link = unsubscribeLink(mail.text);
      expect(link).toBeDefined();
      expect(mail.html).toContain(link);
      // RFC 8058: the mail program posts to the header's address.
      const oneClickUrl = /^List-Unsubscribe:\s*<([^>]+)>/im.exec(rawHeaders(mail))?.[1] ?? '';
      expect(oneClickUrl).toMatch(new RegExp(`^${t.config.appUrl}/api/unsubscribe/[\\w-]{43}$`));
      expect(rawHeaders(mail)).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im);

      const oneClick = await request(t.app.getHttpServer())
        .post(new URL(oneClickUrl).pathname)
        .type('form')
        .send('List-Unsubscribe=One-Click');
      expect(oneClick.status).toBe(200);
      expect(oneClick.body).toEqual({ name: 'Olga Owner' });
      const [person] = await t.dataSource.query(
        'SELECT reminders_enabled FROM people WHERE id = $1',
        [plan.owner],
      );
      expect(person.reminders_enabled).toBe(false);
      // The page the body's link opens posts the same; using it again does no harm.
      const again = await request(t.app.getHttpServer()).post(
        `/api/unsubscribe/${tokenOf(link as string)}`,
      );
      expect(again.status).toBe(200);

      smtp.received.length = 0;
      await milestone(t, plan, 'Også snart', -3);
      await milestone(t, plan, 'Længe overskredet', 14);
      await runFor();
      // Only the escalation reaches Olga, without an unsubscribe link.
      const after = mailTo(OLGA);
      expect(after).toHaveLength(1);
      expect(after[0].text).toContain('Længe overskredet');
      expect(after[0].text).not.toContain('Også snart');
      expect(unsubscribeLink(after[0].text)).toBeUndefined();
      expect(rawHeaders(after[0])).not.toMatch(/^List-Unsubscribe/im);
    });

    it('refuses an unknown token with a 400 and changes nothing', async () => {
      const res = await request(t.app.getHttpServer()).post(`/api/unsubscribe/${'a'.repeat(43)}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('token');
      const rows = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM people WHERE NOT reminders_enabled',
      );
      expect(rows[0].n).toBe(0);
    });
  });

  it('sends one e-mail per milestone to a person who chose so, each marked with its own id', async () => {
    await t.dataSource.query(`UPDATE people SET reminder_mode = 'per_item' WHERE id = $1`, [
      plan.owner,
    ]);
    const titles = ['Første', 'Anden', 'Tredje'];
    await milestone(t, plan, titles[0], -3);
    await milestone(t, plan, titles[1], -14);
    await milestone(t, plan, titles[2], 1);
    await runFor();

    expect(recipients(smtp)).toEqual([OLGA, OLGA, OLGA]);
    for (const [i, title] of titles.entries()) {
      expect(smtp.received.filter((m) => m.text?.includes(title))).toHaveLength(1);
      expect(smtp.received[i].subject).toMatch(/^Pejling: »/);
    }
    const rows = await deliveries(t);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(new Set(rows.map((r) => r.messageId))).toEqual(
      new Set(smtp.received.map((m) => m.messageId)),
    );
  });

  describe('the calendar feed', () => {
    let olga: Agent;
    beforeEach(async () => {
      await makeAccount(t, plan.owner, await hashPassword(PASSWORD));
      olga = await signIn(t, OLGA, PASSWORD);
    });

    it('serves the person’s milestones at a secret address that renewing replaces', async () => {
      await milestone(t, plan, 'Klyngekonference', -3);
      await milestone(t, plan, 'Kajs milepæl', -3, plan.contact);
      expect((await olga.get('/api/calendar-link')).body).toEqual({
        active: false,
        createdAt: null,
      });

      const made = await olga.post('/api/calendar-link');
      expect(made.status).toBe(201);
      expect(made.body.url).toMatch(
        new RegExp(`^${t.config.appUrl}/api/calendar/[\\w-]{43}\\.ics$`),
      );
      expect((await olga.get('/api/calendar-link')).body).toEqual({
        active: true,
        createdAt: made.body.createdAt,
      });

      const anonymous = request(t.app.getHttpServer());
      const path = new URL(made.body.url).pathname;
      const feed = await anonymous.get(path);
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
      expect(feed.text).toContain('BEGIN:VCALENDAR');
      expect(feed.text).toContain('SUMMARY:A.1: Klyngekonference');
      expect(feed.text).toContain('DTSTART;VALUE=DATE:20170618');
      expect(feed.text).not.toContain('Kajs milepæl');

      const renewed = await olga.post('/api/calendar-link');
      expect(renewed.body.url).not.toBe(made.body.url);
      expect((await anonymous.get(path)).status).toBe(404);
      expect((await anonymous.get(new URL(renewed.body.url).pathname)).status).toBe(200);

      await olga.delete('/api/calendar-link').expect(204);
      expect((await anonymous.get(new URL(renewed.body.url).pathname)).status).toBe(404);
      expect((await olga.get('/api/calendar-link')).body.active).toBe(false);
    });

    it('answers 404 for an address that is not a feed, and 401 for the link without a session', async () => {
      const anonymous = request(t.app.getHttpServer());
      expect((await anonymous.get('/api/calendar/nothing.ics')).status).toBe(404);
      expect((await anonymous.get(`/api/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
      expect((await anonymous.post('/api/calendar-link')).status).toBe(401);
    });
  });
});
