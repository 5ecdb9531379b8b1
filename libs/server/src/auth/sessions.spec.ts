import { Me, PersonRecord, RESOURCES } from '@pejling/contracts';
import type { Response } from 'supertest';
import {
  Agent,
  PASSWORD,
  SESSION_COOKIE,
  SignedInWorld,
  meOf,
  useSignedInWorld,
} from '../testing/accounts';
import { databaseSnapshot, expectError, expectFieldError } from '../testing/expectations';
import type { TestApp } from '../testing/test-app';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { createFirstUser } from './create-user';

/** The `Set-Cookie` header of the session cookie, split into its attributes. */
function sessionCookieOf(res: Response): { value: string; attributes: string[] } | undefined {
  const headers = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const header = headers.find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return undefined;
  const [pair, ...attributes] = header.split(/;\s*/);
  return { value: pair.slice(SESSION_COOKIE.length + 1), attributes };
}

describe('sign-in and sessions', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const login = (email: string, password: string) =>
    t.http().post('/api/auth/login').send({ email, password });
  /** A request that carries a given session token, as a browser with that cookie would. */
  const withToken = (token: string) =>
    t.http().get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${token}`);
  const tokenOf = async (email: string, password = PASSWORD) => {
    const res = await login(email, password).expect(200);
    const cookie = sessionCookieOf(res);
    if (!cookie) throw new Error('no session cookie');
    return cookie.value;
  };
  const annaEmail = () => w.accounts.anna.email;

  describe('POST /api/auth/login', () => {
    it('answers who signed in and sets an HttpOnly, SameSite=Strict cookie, not Secure over http', async () => {
      const res = await login(annaEmail(), PASSWORD);
      expect(res.status).toBe(200);
      expect((res.body as Me).person.email).toBe(annaEmail());
      const cookie = sessionCookieOf(res);
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const attributes = cookie?.attributes.map((a) => a.toLowerCase()) ?? [];
      expect(attributes).toEqual(expect.arrayContaining(['path=/', 'httponly', 'samesite=strict']));
      expect(attributes).not.toContain('secure');
      // The token itself is not stored: only its hash.
      const stored = await t.dataSource.query('SELECT id_hash FROM sessions WHERE id_hash = $1', [
        cookie?.value,
      ]);
      expect(stored).toEqual([]);
    });

    it('the e-mail is matched regardless of case and surrounding spaces', async () => {
      const res = await login(`  ${annaEmail().toUpperCase()} `, PASSWORD);
      expect(res.status).toBe(200);
    });

    it('starts a new session each time, whatever cookie the browser already sends', async () => {
      const first = await tokenOf(annaEmail());
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('Cookie', `${SESSION_COOKIE}=${first}`)
        .send({ email: annaEmail(), password: PASSWORD })
        .expect(200);
      const second = sessionCookieOf(res)?.value;
      expect(second).toEqual(expect.any(String));
      expect(second).not.toBe(first);
      await withToken(first).expect(200);
      await withToken(second as string).expect(200);
    });

    it('a wrong password, an unknown e-mail, no password set and an inactive person get the same 401', async () => {
      const hash = await t.dataSource.query('SELECT password_hash FROM people WHERE id = $1', [
        w.accounts.anna.id,
      ]);
      // Carl is inactive; give him the right password to show that it does not help.
      await t.dataSource.query('UPDATE people SET password_hash = $2 WHERE id = $1', [
        w.people.carl.id,
        hash[0].password_hash,
      ]);
      const answers = [
        await login(annaEmail(), 'forkert-adgangskode-123'),
        await login('ingen@example.dk', PASSWORD),
        await login(w.people.carl.email, PASSWORD),
      ];
      // A person without a password (invited, not yet accepted).
      const eva = (
        await w.accounts.secretariat.agent
          .post('/api/people')
          .send({ name: 'Eva Ny', email: 'eva@example.dk' })
          .expect(201)
      ).body as PersonRecord;
      answers.push(await login(eva.email, PASSWORD));
      for (const res of answers) {
        expect({ status: res.status, body: res.body, cookie: sessionCookieOf(res) }).toEqual({
          status: 401,
          body: answers[0].body,
          cookie: undefined,
        });
      }
      expectError(answers[0], 401, 'wrong e-mail or password');
    });

    it('a body without e-mail or password is a 400 naming the field', async () => {
      expectFieldError(
        await t.http().post('/api/auth/login').send({ password: PASSWORD }),
        400,
        'email',
      );
      expectFieldError(
        await t.http().post('/api/auth/login').send({ email: annaEmail() }),
        400,
        'password',
      );
    });
  });

  describe('GET /api/auth/me', () => {
    it('an owner: person, role, organisation, permissions and her initiatives', async () => {
      const me = await meOf(w.accounts.anna.agent);
      expect(me).toEqual({
        person: {
          id: w.accounts.anna.id,
          name: 'Anna Holm',
          email: 'anna@ufm.dk',
          organisationId: w.organisations.ufm.id,
          language: 'da',
        },
        role: 'owner',
        organisation: {
          id: w.organisations.ufm.id,
          name: 'Uddannelses- og Forskningsministeriet',
          shortName: 'UFM',
        },
        permissions: expect.objectContaining({
          strategies: ['list', 'show'],
          initiatives: ['list', 'show', 'edit'],
          milestones: ['list', 'show', 'create', 'edit'],
          'status-reports': ['list', 'show', 'create', 'edit', 'delete'],
          people: ['list', 'show', 'edit'],
        }),
        operations: [],
        // Responsible for A.1 and B.1; UFM leads A.1.
        initiativeIds: [w.initiatives.a1.id, w.initiatives.b1.id],
        // Virksomheder's data owner is UFM, her organisation.
        dataTargetIds: [w.targets.virksomheder.id],
      });
      expect(me.permissions['audit-events']).toBeUndefined();
    });

    it('an owner through her organisation only: the initiatives it leads', async () => {
      const me = await meOf(w.accounts.dorte.agent);
      expect(me.initiativeIds).toEqual([w.initiatives.a2.id, w.extra.initiative.id]);
    });

    it('steering reads everything and owns nothing; the secretariat has no organisation', async () => {
      const steering = await meOf(w.accounts.steering.agent);
      expect(steering).toEqual(
        expect.objectContaining({
          role: 'steering',
          initiativeIds: [],
          organisation: expect.objectContaining({ shortName: 'CED' }),
        }),
      );
      // Of people, only their own profile is theirs to change; of comments, only their own
      // (both checked per record).
      expect(steering.permissions).toEqual({
        ...Object.fromEntries(RESOURCES.map((r) => [r, ['list', 'show']])),
        'round-outcomes': ['list', 'show', 'create', 'edit', 'delete'],
        comments: ['list', 'show', 'create', 'edit', 'delete'],
        people: ['list', 'show', 'edit'],
      });
      const secretariat = await meOf(w.accounts.secretariat.agent);
      expect(secretariat).toEqual(
        expect.objectContaining({ role: 'secretariat', organisation: null, initiativeIds: [] }),
      );
      expect(secretariat.permissions.initiatives).toEqual([
        'list',
        'show',
        'create',
        'edit',
        'delete',
      ]);
      expect(secretariat.operations).toEqual([
        'run-reminders',
        'list-all-deliveries',
        'resend-reminders',
        'run-rounds',
        'approve-measurements',
        'export-workbooks',
        'import-plans',
      ]);
      expect(steering.operations).toEqual(['review-rounds', 'export-workbooks']);
    });

    it('follows a change of role at once', async () => {
      await t.dataSource.query(`UPDATE people SET role = 'steering' WHERE id = $1`, [
        w.accounts.anna.id,
      ]);
      expect(await meOf(w.accounts.anna.agent)).toEqual(
        expect.objectContaining({ role: 'steering', initiativeIds: [] }),
      );
    });
  });

  describe('the end of a session', () => {
    it('sign-out revokes the session: the old cookie answers 401', async () => {
      const token = await tokenOf(annaEmail());
      const res = await t
        .http()
        .post('/api/auth/logout')
        .set('Cookie', `${SESSION_COOKIE}=${token}`);
      expect(res.status).toBe(204);
      // The cookie is cleared in the browser …
      expect(sessionCookieOf(res)).toEqual({
        value: '',
        attributes: expect.arrayContaining([expect.stringMatching(/^Expires=Thu, 01 Jan 1970/)]),
      });
      // … and a copy of it is worth nothing.
      expectError(await withToken(token), 401, 'sign in first');
      // Other sessions of the same person go on.
      await w.accounts.anna.agent.get('/api/auth/me').expect(200);
    });

    it('signing out without a session is harmless', async () => {
      await t.http().post('/api/auth/logout').expect(204);
    });

    it('ends after the idle timeout (8 hours without a request)', async () => {
      const token = await tokenOf(annaEmail());
      const idle = (interval: string) =>
        t.dataSource.query(
          `UPDATE sessions SET last_seen_at = now() - $1::interval WHERE person_id = $2`,
          [interval, w.accounts.anna.id],
        );
      await idle('7 hours 59 minutes');
      await withToken(token).expect(200);
      // That request counted as activity: the session is fresh again.
      await idle('8 hours 1 minute');
      expectError(await withToken(token), 401, 'sign in first');
      expectError(await w.accounts.anna.agent.get('/api/initiatives'), 401, 'sign in first');
    });

    it('a request renews the idle timeout', async () => {
      const token = await tokenOf(annaEmail());
      await t.dataSource.query(
        `UPDATE sessions SET last_seen_at = now() - interval '7 hours' WHERE person_id = $1`,
        [w.accounts.anna.id],
      );
      await withToken(token).expect(200);
      const [row] = await t.dataSource.query(
        `SELECT now() - max(last_seen_at) < interval '1 minute' AS fresh FROM sessions WHERE person_id = $1`,
        [w.accounts.anna.id],
      );
      expect(row.fresh).toBe(true);
    });

    it('ends at the absolute timeout, however active', async () => {
      const token = await tokenOf(annaEmail());
      const [row] = await t.dataSource.query(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 86400) AS days FROM sessions WHERE person_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [w.accounts.anna.id],
      );
      expect(Number(row.days)).toBe(7);
      await t.dataSource.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE person_id = $1`,
        [w.accounts.anna.id],
      );
      expectError(await withToken(token), 401, 'sign in first');
    });

    it('deactivating a person ends all their sessions, and reactivating does not revive them', async () => {
      const second = await tokenOf(annaEmail());
      const secretariat = w.accounts.secretariat.agent;
      const anna = (await secretariat.get(`/api/people/${w.accounts.anna.id}`).expect(200))
        .body as PersonRecord;
      const off = await secretariat
        .put(`/api/people/${anna.id}`)
        .send({ ...anna, active: false })
        .expect(200);
      expectError(await w.accounts.anna.agent.get('/api/auth/me'), 401, 'sign in first');
      expectError(await withToken(second), 401, 'sign in first');
      await secretariat
        .put(`/api/people/${anna.id}`)
        .send({ ...off.body, active: true })
        .expect(200);
      expectError(await w.accounts.anna.agent.get('/api/auth/me'), 401, 'sign in first');
      expectError(await withToken(second), 401, 'sign in first');
      // Signing in again works.
      await tokenOf(annaEmail());
    });

    it('deleting a person ends their sessions', async () => {
      await w.accounts.secretariat.agent.delete(`/api/people/${w.accounts.dorte.id}`).expect(200);
      expectError(await w.accounts.dorte.agent.get('/api/auth/me'), 401, 'sign in first');
    });
  });

  describe('POST /api/auth/password', () => {
    const NEW_PASSWORD = 'en-helt-ny-adgangskode-2017';
    const change = (agent: Agent, currentPassword: string, newPassword: string) =>
      agent.post('/api/auth/password').send({ currentPassword, newPassword });

    it('ends the person’s other sessions and keeps the current one', async () => {
      const other = await tokenOf(annaEmail());
      const dortes = w.accounts.dorte.agent;
      const res = await change(w.accounts.anna.agent, PASSWORD, NEW_PASSWORD);
      expect(res.status).toBe(204);
      await w.accounts.anna.agent.get('/api/auth/me').expect(200);
      expectError(await withToken(other), 401, 'sign in first');
      // Nobody else is signed out.
      await dortes.get('/api/auth/me').expect(200);
      expectError(await login(annaEmail(), PASSWORD), 401, 'wrong e-mail or password');
      await login(annaEmail(), NEW_PASSWORD).expect(200);
    });

    it.each([
      ['too short', 'kort-kode1'],
      ['one of the most common passwords', 'qwerty123456'],
      ['one of the most common passwords, in capitals', '1QAZ2WSX3EDC'],
    ])('refuses a new password that is %s (400 naming newPassword)', async (_why, password) => {
      const before = await databaseSnapshot(t);
      const other = await tokenOf(annaEmail());
      const res = await change(w.accounts.anna.agent, PASSWORD, password);
      expectFieldError(res, 400, 'newPassword');
      await withToken(other).expect(200);
      await login(annaEmail(), PASSWORD).expect(200);
      expect((await databaseSnapshot(t))['people']).toEqual(before['people']);
    });

    it('refuses a wrong current password (400 naming currentPassword)', async () => {
      const before = await databaseSnapshot(t);
      const res = await change(w.accounts.anna.agent, 'ikke-min-adgangskode', NEW_PASSWORD);
      expectFieldError(res, 400, 'currentPassword');
      expect((await databaseSnapshot(t))['people']).toEqual(before['people']);
      await login(annaEmail(), PASSWORD).expect(200);
    });

    it('needs a session', async () => {
      expectError(
        await t
          .http()
          .post('/api/auth/password')
          .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
        401,
        'sign in first',
      );
    });
  });

  describe('throttling failed sign-ins', () => {
    const fail = (email: string) => login(email, 'forkert-adgangskode-123').expect(401);

    it('5 failures for one account: the 6th attempt answers 429 with Retry-After, even with the right password', async () => {
      for (let i = 0; i < 5; i++) await fail(annaEmail());
      const res = await login(annaEmail(), PASSWORD);
      expectError(res, 429, 'too many failed sign-ins');
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(res.body.retryAfter).toBe(Number(res.headers['retry-after']));
      expect(sessionCookieOf(res)).toBeUndefined();
      // Other accounts are not held up by it.
      await login(w.accounts.dorte.email, PASSWORD).expect(200);
    });

    it('parallel attempts cannot slip past the limit', async () => {
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => login(annaEmail(), 'forkert-adgangskode-123')),
      );
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
      expectError(await login(annaEmail(), PASSWORD), 429, 'too many failed sign-ins');
    });

    it('an unknown e-mail is throttled the same way, so the answer tells nothing', async () => {
      for (let i = 0; i < 5; i++) await fail('ingen@example.dk');
      expectError(await login('ingen@example.dk', PASSWORD), 429, 'too many failed sign-ins');
    });

    it('the window is 15 minutes: older failures do not count', async () => {
      for (let i = 0; i < 5; i++) await fail(annaEmail());
      await t.dataSource.query(`UPDATE sign_in_failures SET at = now() - interval '16 minutes'`);
      await login(annaEmail(), PASSWORD).expect(200);
    });

    it('a successful sign-in clears the account’s count', async () => {
      for (let i = 0; i < 4; i++) await fail(annaEmail());
      await login(annaEmail(), PASSWORD).expect(200);
      for (let i = 0; i < 4; i++) await fail(annaEmail());
      await login(annaEmail(), PASSWORD).expect(200);
    });

    it('30 failures from one address throttle every account from it', async () => {
      await fail('ingen@example.dk');
      const [{ ip }] = await t.dataSource.query('SELECT ip FROM sign_in_failures');
      await t.dataSource.query(
        `INSERT INTO sign_in_failures (email, ip)
         SELECT 'gaet' || g || '@example.dk', $1 FROM generate_series(1, 29) g`,
        [ip],
      );
      expectError(await login(annaEmail(), PASSWORD), 429, 'too many failed sign-ins');
      // A success elsewhere does not clear the address's count.
      expectError(await login(w.accounts.dorte.email, PASSWORD), 429, 'too many');
    });
  });

  describe('invitations', () => {
    async function newPerson(): Promise<PersonRecord> {
      const res = await w.accounts.secretariat.agent
        .post('/api/people')
        .send({ name: 'Eva Ny', email: 'eva@example.dk', organisationId: w.organisations.rh.id })
        .expect(201);
      return res.body;
    }
    const invite = async (personId: number): Promise<string> => {
      const res = await w.accounts.secretariat.agent
        .post(`/api/people/${personId}/invitation`)
        .expect(201);
      expect(res.body).toEqual({
        url: expect.stringMatching(/^http:\/\/localhost:3000\/#\/set-password\?token=[\w-]{40,}$/),
        expiresAt: expect.any(String),
        email: expect.objectContaining({ mail: 'outbox' }),
      });
      return new URL(res.body.url.replace('#/', '')).searchParams.get('token') as string;
    };
    const accept = (token: string, password: string) =>
      t.http().post('/api/auth/accept-invitation').send({ token, password });

    it('lets the person set a password once and sign in with it', async () => {
      const eva = await newPerson();
      const token = await invite(eva.id);
      await accept(token, 'evas-egen-adgangskode').expect(204);
      await login(eva.email, 'evas-egen-adgangskode').expect(200);
      const [row] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM password_tokens WHERE token_hash = $1',
        [token],
      );
      expect(row.n).toBe(0);
      // A second use of the same link:
      expectFieldError(await accept(token, 'en-anden-adgangskode'), 400, 'token');
      await login(eva.email, 'evas-egen-adgangskode').expect(200);
    });

    it('an expired link is refused (400 naming token)', async () => {
      const eva = await newPerson();
      const token = await invite(eva.id);
      const [row] = await t.dataSource.query(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 86400) AS days FROM password_tokens`,
      );
      expect(Number(row.days)).toBe(7);
      await t.dataSource.query(
        `UPDATE password_tokens SET expires_at = now() - interval '1 second'`,
      );
      expectFieldError(await accept(token, 'evas-egen-adgangskode'), 400, 'token');
      expectError(await login(eva.email, 'evas-egen-adgangskode'), 401, 'wrong');
    });

    it('an unknown token is refused (400 naming token)', async () => {
      expectFieldError(await accept('ukendt-token', 'evas-egen-adgangskode'), 400, 'token');
    });

    it('a weak password is refused (400 naming password) and the link still works after', async () => {
      const eva = await newPerson();
      const token = await invite(eva.id);
      expectFieldError(await accept(token, 'kort'), 400, 'password');
      expectFieldError(await accept(token, '123qweasdzxc'), 400, 'password');
      await accept(token, 'evas-egen-adgangskode').expect(204);
    });

    it('a new invitation replaces the earlier one', async () => {
      const eva = await newPerson();
      const first = await invite(eva.id);
      const second = await invite(eva.id);
      expectFieldError(await accept(first, 'evas-egen-adgangskode'), 400, 'token');
      await accept(second, 'evas-egen-adgangskode').expect(204);
    });

    it('setting a password from a link ends the person’s sessions', async () => {
      const token = await invite(w.accounts.anna.id);
      await accept(token, 'annas-nye-adgangskode').expect(204);
      expectError(await w.accounts.anna.agent.get('/api/auth/me'), 401, 'sign in first');
      await login(annaEmail(), 'annas-nye-adgangskode').expect(200);
    });

    it.each(['steering', 'anna'] as const)(
      'the %s account cannot invite (403), and no link is made',
      async (name) => {
        const res = await w.accounts[name].agent.post(
          `/api/people/${w.accounts[name].id}/invitation`,
        );
        expectError(res, 403, 'may not create people');
        const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM password_tokens');
        expect(row.n).toBe(0);
      },
    );

    it('nobody can invite without a session (401), and an unknown person is a 404', async () => {
      expectError(
        await t.http().post(`/api/people/${w.people.anna.id}/invitation`),
        401,
        'sign in first',
      );
      expectError(
        await w.accounts.secretariat.agent.post('/api/people/99999/invitation'),
        404,
        'person 99999',
      );
    });
  });

  describe('npm run user:create', () => {
    const config = () => t.app.get<AppConfig>(APP_CONFIG);

    it('creates a person with the role and a one-time link to set the password', async () => {
      const { url } = await createFirstUser(t.dataSource, config(), {
        email: 'ny@sekretariat.dk',
        role: 'secretariat',
      });
      const token = new URL(url.replace('#/', '')).searchParams.get('token') as string;
      await t
        .http()
        .post('/api/auth/accept-invitation')
        .send({ token, password: 'min-foerste-adgangskode' })
        .expect(204);
      const me = (await login('ny@sekretariat.dk', 'min-foerste-adgangskode').expect(200))
        .body as Me;
      expect(me).toEqual(
        expect.objectContaining({
          role: 'secretariat',
          person: expect.objectContaining({ name: 'ny' }),
        }),
      );
    });

    it('gives an existing person the role, reactivates them, and audits it', async () => {
      const carl = w.people.carl;
      const { url } = await createFirstUser(t.dataSource, config(), {
        email: carl.email.toUpperCase(),
        role: 'steering',
      });
      const token = new URL(url.replace('#/', '')).searchParams.get('token') as string;
      await t
        .http()
        .post('/api/auth/accept-invitation')
        .send({ token, password: 'carls-nye-adgangskode' })
        .expect(204);
      const me = (await login(carl.email, 'carls-nye-adgangskode').expect(200)).body as Me;
      expect(me.role).toBe('steering');
      const events = await w.accounts.secretariat.agent
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ resource: 'people', recordId: carl.id }) })
        .expect(200);
      expect(events.body[0]).toEqual(
        expect.objectContaining({
          action: 'update',
          personId: null,
          personName: 'Pejling',
          before: expect.objectContaining({ role: 'owner', active: false }),
          after: expect.objectContaining({ role: 'steering', active: true }),
        }),
      );
      expect(events.body[0].after).not.toHaveProperty('password_hash');
    });
  });

  describe('CSRF: state changes only from the app’s own origin', () => {
    const create = (agent: Agent, headers: Record<string, string>) =>
      agent
        .post('/api/organisations')
        .set(headers)
        .send({ name: 'Ny organisation', shortName: 'NY', kind: 'other' });

    it.each([
      ['Origin: https://evil.example', { Origin: 'https://evil.example' }],
      ['Origin: null (a sandboxed page)', { Origin: 'null' }],
      ['Origin: the app’s host over https', { Origin: 'https://localhost:3000' }],
      ['Sec-Fetch-Site: cross-site without Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ])('a POST with %s is refused with 403 and changes nothing', async (_name, headers) => {
      const before = await databaseSnapshot(t);
      const res = await create(w.accounts.secretariat.agent, headers);
      expectError(res, 403, 'may not change anything here');
      expect(await databaseSnapshot(t)).toEqual(before);
    });

    it('PUT, DELETE, sign-in and sign-out from another origin are refused too', async () => {
      const evil = { Origin: 'https://evil.example' };
      const before = await databaseSnapshot(t);
      const org = w.extra.organisation;
      const secretariat = w.accounts.secretariat.agent;
      expectError(
        await secretariat
          .put(`/api/organisations/${org.id}`)
          .set(evil)
          .send({ ...org, name: 'Overtaget' }),
        403,
        'may not change anything here',
      );
      expectError(
        await secretariat.delete(`/api/organisations/${org.id}`).set(evil),
        403,
        'may not change',
      );
      expectError(
        await t
          .http()
          .post('/api/auth/login')
          .set(evil)
          .send({ email: annaEmail(), password: PASSWORD }),
        403,
        'may not change',
      );
      expectError(await secretariat.post('/api/auth/logout').set(evil), 403, 'may not change');
      await secretariat.get('/api/auth/me').expect(200);
      expect(await databaseSnapshot(t)).toEqual(before);
    });

    it('a GET from another origin changes nothing and is answered', async () => {
      await w.accounts.secretariat.agent
        .get('/api/organisations')
        .set('Origin', 'https://evil.example')
        .expect(200);
    });

    it.each([
      ['the configured APP_URL', { Origin: 'http://localhost:3000' }],
      ['the address it was reached at', 'own' as const],
      ['no Origin (not a browser)', {}],
      ['Sec-Fetch-Site: same-origin', { 'Sec-Fetch-Site': 'same-origin' }],
    ])('a POST from %s works', async (_name, headers) => {
      const address = t.app.getHttpServer().address() as { port: number };
      const res = await create(
        w.accounts.secretariat.agent,
        headers === 'own' ? { Origin: `http://127.0.0.1:${address.port}` } : headers,
      );
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 201,
        message: undefined,
      });
    });
  });

  describe('what answers without a session', () => {
    it.each(['/api/health', '/api/info', '/api/docs'])('GET %s answers 200', async (path) => {
      const res = await t.http().get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    });

    it.each([
      ['GET', '/api/auth/me'],
      ['GET', '/api/dashboard'],
      ['GET', '/api/initiatives'],
      ['GET', '/api/initiatives/1'],
      ['GET', '/api/audit-events'],
      ['POST', '/api/auth/password'],
      ['POST', '/api/people/1/invitation'],
      ['POST', '/api/milestones'],
      ['PUT', '/api/milestones/1'],
      ['DELETE', '/api/milestones/1'],
    ])('%s %s answers 401', async (method, path) => {
      const res = await t
        .http()
        [method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path)
        .send(method === 'GET' ? undefined : {});
      expect({ request: `${method} ${path}`, status: res.status }).toEqual({
        request: `${method} ${path}`,
        status: 401,
      });
    });

    it('a cookie with an unknown token is no session', async () => {
      expectError(await withToken('x'.repeat(43)), 401, 'sign in first');
    });
  });
});
