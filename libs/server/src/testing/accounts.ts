import type { Me, PersonRecord, Role } from '@pejling/contracts';
import request from 'supertest';
import { hashPassword } from '../auth/passwords';
import { World, createWorld } from './factories';
import { TestApp, createTestApp } from './test-app';

/** A signed-in client: supertest's agent keeps the session cookie between requests. */
export type Agent = ReturnType<typeof request.agent>;

/** The password every account of a signed-in world has (hashed once per test file). */
export const PASSWORD = 'lang-og-hemmelig-adgangskode';

/** The test clock's date, as `useWorld` has it. */
export const TODAY = '2017-06-15';

export const SESSION_COOKIE = 'pejling_session';

export interface Account {
  id: number;
  name: string;
  email: string;
  role: Role;
  /** Signed in once, before the first test; the session is put back before each test. */
  agent: Agent;
}

/**
 * Signs in through `POST /api/auth/login` and answers the agent that holds the cookie. A
 * refused sign-in fails the test at once, naming the account and the answer.
 */
export async function signIn(t: TestApp, email: string, password = PASSWORD): Promise<Agent> {
  const agent = request.agent(t.app.getHttpServer());
  const res = await agent.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) {
    throw new Error(`sign-in as ${email} answered ${res.status} ${JSON.stringify(res.body)}`);
  }
  return agent;
}

/** Gives a person a role and a password hash (from `hashPassword`) directly in the database. */
export async function makeAccount(
  t: TestApp,
  personId: number,
  hash: string,
  role?: Role,
): Promise<void> {
  await t.dataSource.query(
    'UPDATE people SET password_hash = $2, role = coalesce($3, role) WHERE id = $1',
    [personId, hash, role ?? null],
  );
}

/** The audit events stored now, for "one event more" and "none more". */
export async function auditCount(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events');
  return row.n;
}

/** The newest audit event's id (0 before any), to read the events a request writes after it. */
export async function lastAuditEventId(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query('SELECT coalesce(max(id), 0) AS id FROM audit_events');
  return Number(row.id);
}

/**
 * The world of `createWorld`, built through the API by a signed-in secretariat, plus
 * accounts of every role and a few records that no other record depends on:
 *
 * - `secretariat`: Sanne Sekretær (no organisation);
 * - `steering`: Bo Lund (CED), the world's steering person;
 * - `anna`: Anna Holm, owner at UFM, responsible for A.1 (led by UFM) and B.1 (led by RH);
 * - `dorte`: Dorte Dahl, owner at CED, responsible for nothing, so hers are the initiatives
 *   CED leads: A.2 and `extra.initiative` (A.3).
 *
 * `extra.initiative` (A.3, led by CED, nothing linked to it), `extra.focusArea` (C, no
 * initiatives) and `extra.organisation` (nobody in it) can be deleted.
 */
export interface SignedInWorld extends World {
  accounts: {
    secretariat: Account;
    steering: Account;
    anna: Account;
    dorte: Account;
  };
  extra: {
    focusArea: World['focusAreas']['areaA'];
    initiative: World['initiatives']['a1'];
    organisation: World['organisations']['ufm'];
    /** The first audit event (the creation of the first strategy). */
    auditEventId: number;
    /** A reminder rule nothing has been sent by (the seeded ones come with the database). */
    reminderRuleId: number;
    /** A reminder to Anna about the workshop milestone of her A.1. */
    reminderDeliveryId: number;
    /** A reporting round of the cluster strategy in draft, asking A.1 and A.2. */
    draftRoundId: number;
    /** An open round asking A.1, with one decision recorded by Bo (steering). */
    openRoundId: number;
    roundOutcomeId: number;
    /** Anna's comment on her A.1. */
    commentId: number;
  };
}

export type AccountName = keyof SignedInWorld['accounts'];

async function insertId(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await t.dataSource.query(sql, params))[0].id);
}

/** Two reporting rounds of the cluster strategy, in SQL: a draft and an open one. */
async function createRounds(t: TestApp, world: World) {
  const round = async (title: string, opened: boolean, initiativeIds: number[]) => {
    const id = await insertId(
      t,
      `INSERT INTO reporting_rounds (strategy_id, title, due_date, meeting_date, state, opened_at)
       VALUES ($1, $2, '2017-09-01', '2017-09-14', $3, $4) RETURNING id`,
      [world.strategies.klynge.id, title, opened ? 'open' : 'draft', opened ? new Date() : null],
    );
    await t.dataSource.query(
      'INSERT INTO reporting_round_initiatives (round_id, initiative_id) SELECT $1, unnest($2::int[])',
      [id, initiativeIds],
    );
    return id;
  };
  const { a1, a2 } = world.initiatives;
  const draftRoundId = await round('Styregruppemøde december 2017', false, [a1.id, a2.id]);
  const openRoundId = await round('Styregruppemøde september 2017', true, [a1.id]);
  const roundOutcomeId = await insertId(
    t,
    `INSERT INTO round_outcomes (round_id, kind, text, created_by)
     VALUES ($1, 'decision', 'Planen fortsætter', $2) RETURNING id`,
    [openRoundId, world.people.bo.id],
  );
  return { draftRoundId, openRoundId, roundOutcomeId };
}

/**
 * The hooks of a spec that signs in: one app with real sessions per file, the signed-in
 * world built once, and put back exactly before each test, the accounts' sessions
 * included (deleting the people to put them back would otherwise end the sessions).
 */
export function useSignedInWorld(ready: (t: TestApp, w: SignedInWorld) => void): void {
  let app: TestApp;
  let restore: () => Promise<void>;
  beforeAll(async () => {
    app = await createTestApp(TODAY, { sessions: true });
    const world = await createSignedInWorld(app);
    await app.dataSource.query(
      'DROP TABLE IF EXISTS kept_account_sessions; CREATE TABLE kept_account_sessions AS TABLE sessions',
    );
    const restorePlan = await app.keep();
    restore = async () => {
      await restorePlan();
      await app.dataSource.query(
        'DELETE FROM sessions; INSERT INTO sessions TABLE kept_account_sessions',
      );
    };
    ready(app, world);
  });
  afterAll(() => app.close());
  beforeEach(() => restore());
}

export async function createSignedInWorld(t: TestApp): Promise<SignedInWorld> {
  const hash = await hashPassword(PASSWORD);
  const [sanne] = await t.dataSource.query(
    `INSERT INTO people (name, email, role, password_hash)
     VALUES ('Sanne Sekretær', 'sanne@sekretariat.dk', 'secretariat', $1) RETURNING id`,
    [hash],
  );
  const secretariatAgent = await signIn(t, 'sanne@sekretariat.dk');
  // The factories post through `t.http()`: here, as the signed-in secretariat.
  const world = await createWorld({ ...t, http: () => secretariatAgent });
  const { f } = world;
  const dorte = await f.person({
    name: 'Dorte Dahl',
    email: 'dorte@ced.dk',
    organisationId: world.organisations.ced.id,
  });
  const extra = {
    focusArea: await f.focusArea({ strategyId: world.strategies.klynge.id, code: 'C' }),
    initiative: await f.initiative({
      focusAreaId: world.focusAreas.areaA.id,
      code: 'A.3',
      title: 'Klynger i udkantsområder',
      leadOrganisationIds: [world.organisations.ced.id],
      status: 'in_progress',
      health: 'green',
    }),
    organisation: await f.organisation({ name: 'Danske Regioner', shortName: 'DR' }),
    auditEventId: Number(
      (await t.dataSource.query('SELECT min(id) AS id FROM audit_events'))[0].id,
    ),
    reminderRuleId: await insertId(
      t,
      `INSERT INTO reminder_rules (kind, days) VALUES ('due_soon', 30) RETURNING id`,
    ),
    reminderDeliveryId: await insertId(
      t,
      `INSERT INTO reminder_deliveries (rule_id, milestone_id, recipient_person_id, recipient_role, day)
       SELECT min(id), $1, $2, 'responsible', '2017-06-15' FROM reminder_rules WHERE kind = 'overdue'
       RETURNING id`,
      [world.milestones.workshop.id, world.people.anna.id],
    ),
    ...(await createRounds(t, world)),
    commentId: await insertId(
      t,
      `INSERT INTO comments (initiative_id, author_person_id, body)
       VALUES ($1, $2, 'Workshoppen er flyttet til september') RETURNING id`,
      [world.initiatives.a1.id, world.people.anna.id],
    ),
  };
  const { anna, bo } = world.people;
  for (const person of [anna, bo, dorte]) await makeAccount(t, person.id, hash);
  const account = async (
    person: Pick<PersonRecord, 'id' | 'name' | 'email'>,
    role: Role,
    agent?: Agent,
  ): Promise<Account> => ({
    id: person.id,
    name: person.name,
    email: person.email,
    role,
    agent: agent ?? (await signIn(t, person.email)),
  });
  return {
    ...world,
    accounts: {
      secretariat: await account(
        { id: sanne.id, name: 'Sanne Sekretær', email: 'sanne@sekretariat.dk' },
        'secretariat',
        secretariatAgent,
      ),
      steering: await account(bo, 'steering'),
      anna: await account(anna, 'owner'),
      dorte: await account(dorte, 'owner'),
    },
    extra,
  };
}

/** `GET /api/auth/me` as the agent. */
export async function meOf(agent: Agent): Promise<Me> {
  const res = await agent.get('/api/auth/me');
  if (res.status !== 200) throw new Error(`GET /api/auth/me answered ${res.status}`);
  return res.body as Me;
}
