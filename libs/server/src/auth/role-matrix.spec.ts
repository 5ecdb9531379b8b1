import { roleMay, RESOURCES, type ResourceName } from '@pejling/contracts';
import type { Response } from 'supertest';
import {
  AccountName,
  Agent,
  SignedInWorld,
  auditCount,
  useSignedInWorld,
} from '../testing/accounts';
import { databaseSnapshot } from '../testing/expectations';
import type { Body } from '../testing/factories';
import { MINIMAL_PDF } from '../testing/sample-files';
import type { TestApp } from '../testing/test-app';

/**
 * Who may do what, for every resource × action × actor, as the exact status of the
 * answer. Columns: anonymous, secretariat, steering, an owner of the record, an owner who
 * is not. 404: the logs (deliveries, audit trail) have no routes that write, a file is
 * never changed, and someone else's reminder delivery is not found. The status report is
 * Anna's draft: only she (who reports on its initiative) and the secretariat read it.
 */
const MATRIX = `
  resource        action  anonymous secretariat steering owner-of owner-not
  strategies      list    401       200         200      200      200
  strategies      get     401       200         200      200      200
  strategies      create  401       201         403      403      403
  strategies      update  401       200         403      403      403
  strategies      delete  401       200         403      403      403
  focus-areas     list    401       200         200      200      200
  focus-areas     get     401       200         200      200      200
  focus-areas     create  401       201         403      403      403
  focus-areas     update  401       200         403      403      403
  focus-areas     delete  401       200         403      403      403
  initiatives     list    401       200         200      200      200
  initiatives     get     401       200         200      200      200
  initiatives     create  401       201         403      403      403
  initiatives     update  401       200         403      200      403
  initiatives     delete  401       200         403      403      403
  milestones      list    401       200         200      200      200
  milestones      get     401       200         200      200      200
  milestones      create  401       201         403      201      403
  milestones      update  401       200         403      200      403
  milestones      delete  401       200         403      403      403
  organisations   list    401       200         200      200      200
  organisations   get     401       200         200      200      200
  organisations   create  401       201         403      403      403
  organisations   update  401       200         403      403      403
  organisations   delete  401       200         403      403      403
  people          list    401       200         200      200      200
  people          get     401       200         200      200      200
  people          create  401       201         403      403      403
  people          update  401       200         403      200      403
  people          delete  401       200         403      403      403
  targets         list    401       200         200      200      200
  targets         get     401       200         200      200      200
  targets         create  401       201         403      403      403
  targets         update  401       200         403      403      403
  targets         delete  401       200         403      403      403
  measurements    list    401       200         200      200      200
  measurements    get     401       200         200      200      200
  measurements    create  401       201         403      201      403
  measurements    update  401       200         403      403      403
  measurements    delete  401       200         403      403      403
  status-reports  list    401       200         200      200      200
  status-reports  get     401       200         403      200      403
  status-reports  create  401       201         403      201      403
  status-reports  update  401       200         403      200      403
  status-reports  delete  401       200         403      200      403
  reporting-rounds list   401       200         200      200      200
  reporting-rounds get    401       200         200      200      200
  reporting-rounds create 401       201         403      403      403
  reporting-rounds update 401       200         403      403      403
  reporting-rounds delete 401       200         403      403      403
  round-outcomes  list    401       200         200      200      200
  round-outcomes  get     401       200         200      200      200
  round-outcomes  create  401       201         201      403      403
  round-outcomes  update  401       200         200      403      403
  round-outcomes  delete  401       200         200      403      403
  comments        list    401       200         200      200      200
  comments        get     401       200         200      200      200
  comments        create  401       201         201      201      201
  comments        update  401       403         403      200      403
  comments        delete  401       200         403      200      403
  attachments     list    401       200         200      200      200
  attachments     get     401       200         200      200      200
  attachments     create  401       201         403      201      403
  attachments     update  404       404         404      404      404
  attachments     delete  401       200         403      200      403
  reminder-rules  list    401       200         200      200      200
  reminder-rules  get     401       200         200      200      200
  reminder-rules  create  401       201         403      403      403
  reminder-rules  update  401       200         403      403      403
  reminder-rules  delete  401       200         403      403      403
  reminder-deliveries list    401   200         200      200      200
  reminder-deliveries get     401   200         404      200      404
  reminder-deliveries create  404   404         404      404      404
  reminder-deliveries update  404   404         404      404      404
  reminder-deliveries delete  404   404         404      404      404
  audit-events    list    401       200         200      403      403
  audit-events    get     401       200         200      403      403
  audit-events    create  404       404         404      404      404
  audit-events    update  404       404         404      404      404
  audit-events    delete  404       404         404      404      404
`;

const ACTIONS = ['list', 'get', 'create', 'update', 'delete'] as const;
type Action = (typeof ACTIONS)[number];
const ACTORS = ['anonymous', 'secretariat', 'steering', 'owner-of', 'owner-not'] as const;
type ActorKind = (typeof ACTORS)[number];

/** What a request addresses, per resource: stated against the signed-in world. */
interface Target {
  /** The record that get, update and delete address; nothing depends on it. */
  record: (w: SignedInWorld) => { id: number };
  /** The owner whose record it is, the owner whose it is not, and why. */
  owners: { of: AccountName; notOf: AccountName; why: string };
  /** A valid create body; `author` is the person creating it. */
  create: (w: SignedInWorld, author: number) => Body;
  /** What an update changes (sent with the rest of the record as read). */
  change: (w: SignedInWorld) => Body;
  /** A create that is no JSON body (a file's upload). */
  upload?: (agent: Agent, w: SignedInWorld) => ReturnType<Agent['post']>;
  /** The list's query, where a list names what it lists (a record's files). */
  listQuery?: (w: SignedInWorld) => Record<string, string>;
}

/** Owners own initiatives, their milestones and reports, and themselves; nothing else. */
const NO_OWNER = { of: 'anna', notOf: 'dorte', why: 'owners own none of these' } as const;

/** The world's one file, put in before each test (see `attachments` in TARGETS). */
let attachmentId = 0;

const TARGETS: Record<ResourceName, Target> = {
  strategies: {
    record: (w) => w.strategies.arkiv,
    owners: NO_OWNER,
    create: () => ({ name: 'Ny strategi', periodStart: '2022-01-01', periodEnd: '2024-12-31' }),
    change: () => ({ name: 'Gammel plan' }),
  },
  'focus-areas': {
    record: (w) => w.extra.focusArea,
    owners: NO_OWNER,
    create: (w) => ({ strategyId: w.strategies.klynge.id, code: 'D', title: 'Digitalisering' }),
    change: () => ({ title: 'Kompetencer' }),
  },
  initiatives: {
    record: (w) => w.extra.initiative,
    owners: { of: 'dorte', notOf: 'anna', why: 'A.3 is led by Dorte’s organisation, CED' },
    create: (w) => ({ focusAreaId: w.focusAreas.areaB.id, code: 'B.2', title: 'Ny indsats' }),
    change: () => ({ description: 'Godt i gang', status: 'on_hold', health: 'amber' }),
  },
  milestones: {
    record: (w) => w.milestones.workshop,
    owners: { of: 'anna', notOf: 'dorte', why: 'its initiative A.1 is Anna’s' },
    create: (w) => ({ initiativeId: w.initiatives.a1.id, title: 'Ny', dueDate: '2017-12-01' }),
    change: () => ({ title: 'Workshop om klima', status: 'in_progress' }),
  },
  organisations: {
    record: (w) => w.extra.organisation,
    owners: NO_OWNER,
    create: () => ({ name: 'Erhvervsstyrelsen', shortName: 'ERST', kind: 'other' }),
    change: () => ({ name: 'Danske Regioner (KL)' }),
  },
  people: {
    record: (w) => w.accounts.dorte,
    owners: { of: 'dorte', notOf: 'anna', why: 'the record is Dorte’s own' },
    create: () => ({ name: 'Ny Person', email: 'ny@example.dk' }),
    change: () => ({ name: 'Dorte Dahl-Hansen', title: 'Konsulent', language: 'en' }),
  },
  targets: {
    record: (w) => w.targets.digital,
    owners: NO_OWNER,
    create: (w) => ({
      strategyId: w.strategies.vaekst.id,
      number: 2,
      title: 'Nyt mål',
      series: [{ key: 'main', label: 'Antal' }],
    }),
    change: () => ({ title: 'Digitale virksomheder i alt' }),
  },
  measurements: {
    // An approved figure: only the secretariat changes it, its data owner (UFM) no more.
    record: (w) => w.measurements.basis,
    owners: { of: 'anna', notOf: 'dorte', why: 'UFM, Anna’s organisation, owns the data' },
    create: (w) => ({
      targetId: w.targets.virksomheder.id,
      seriesKey: 'main',
      year: 2017,
      value: 2,
      source: 'Opgørelse',
    }),
    change: () => ({ value: 1601 }),
  },
  'status-reports': {
    record: (w) => w.statusReports.rapportA1,
    owners: { of: 'anna', notOf: 'dorte', why: 'Anna wrote this draft on her A.1' },
    create: (w, author) => ({
      initiativeId: w.initiatives.a1.id,
      authorPersonId: author,
      health: 'amber',
    }),
    change: () => ({ summary: 'Workshop holdt; rapport på vej' }),
  },
  'reporting-rounds': {
    record: (w) => ({ id: w.extra.draftRoundId }),
    owners: NO_OWNER,
    create: (w) => ({
      strategyId: w.strategies.klynge.id,
      title: 'Styregruppemøde marts 2018',
      dueDate: '2018-03-01',
      meetingDate: '2018-03-15',
    }),
    change: () => ({ meetingDate: '2017-09-21' }),
  },
  'round-outcomes': {
    record: (w) => ({ id: w.extra.roundOutcomeId }),
    owners: NO_OWNER,
    create: (w) => ({ roundId: w.extra.openRoundId, kind: 'decision', text: 'Ny beslutning' }),
    change: () => ({ text: 'Planen fortsætter som aftalt' }),
  },
  // Everyone signed in comments on any initiative; only the author edits.
  comments: {
    record: (w) => ({ id: w.extra.commentId }),
    owners: { of: 'anna', notOf: 'dorte', why: 'Anna wrote the comment' },
    // A.1 is Anna's, not Dorte's: a comment needs no ownership of the initiative.
    create: (w) => ({ initiativeId: w.initiatives.a1.id, body: 'Godt initiativ' }),
    change: () => ({ body: 'Workshoppen er flyttet til oktober' }),
  },
  // A file on a milestone of Anna's A.1, uploaded by her (see `attachmentId`).
  attachments: {
    record: () => ({ id: attachmentId }),
    owners: { of: 'anna', notOf: 'dorte', why: 'Anna uploaded it, on a milestone of her A.1' },
    create: () => ({}),
    change: () => ({ fileName: 'andet.pdf' }),
    upload: (agent, w) =>
      agent
        .post('/api/attachments')
        .field('parentType', 'milestone')
        .field('parentId', String(w.milestones.rapport.id))
        .attach('file', MINIMAL_PDF, 'referat.pdf'),
    listQuery: (w) => ({
      filter: JSON.stringify({ parentType: 'milestone', parentId: w.milestones.rapport.id }),
    }),
  },
  'reminder-rules': {
    record: (w) => ({ id: w.extra.reminderRuleId }),
    owners: NO_OWNER,
    create: () => ({ kind: 'escalation', days: 42, escalateTo: 'secretariat' }),
    change: () => ({ days: 21 }),
  },
  'reminder-deliveries': {
    record: (w) => ({ id: w.extra.reminderDeliveryId }),
    owners: { of: 'anna', notOf: 'dorte', why: 'the reminder went to Anna' },
    create: (w) => ({ ruleId: 1, milestoneId: w.milestones.workshop.id, day: '2017-06-15' }),
    change: () => ({ status: 'sent' }),
  },
  'audit-events': {
    record: (w) => ({ id: w.extra.auditEventId }),
    owners: NO_OWNER,
    create: () => ({ resource: 'strategies', recordId: 1, action: 'create' }),
    change: () => ({ action: 'delete' }),
  },
};

interface Case {
  resource: ResourceName;
  action: Action;
  actor: ActorKind;
  expected: number;
  /** resource × action × actor, for the test's name and every failure. */
  label: string;
}

function parseMatrix(text: string): Case[] {
  const [, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  return rows.flatMap(([resource, action, ...statuses]) =>
    ACTORS.map((actor, i) => ({
      resource: resource as ResourceName,
      action: action as Action,
      actor,
      expected: Number(statuses[i]),
      label: `${resource} × ${action} × ${actor}`,
    })),
  );
}

const CASES = parseMatrix(MATRIX);

describe('the role matrix', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });
  beforeEach(async () => {
    [{ id: attachmentId }] = await t.dataSource.query(
      `INSERT INTO attachments (milestone_id, file_name, content_type, size, uploaded_by_person_id)
       VALUES ($1, 'referat.pdf', 'application/pdf', $2, $3) RETURNING id`,
      [w.milestones.rapport.id, MINIMAL_PDF.length, w.accounts.anna.id],
    );
    await t.dataSource.query(
      'INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES ($1, 0, $2)',
      [attachmentId, MINIMAL_PDF],
    );
  });

  it('covers every resource × action × actor exactly once', () => {
    const resources = Object.keys(TARGETS) as ResourceName[];
    const expected = resources.flatMap((r) =>
      ACTIONS.flatMap((a) => ACTORS.map((actor) => `${r} × ${a} × ${actor}`)),
    );
    expect(CASES.map((c) => c.label).sort()).toEqual(expected.sort());
    expect(CASES.filter((c) => ![200, 201, 401, 403, 404].includes(c.expected))).toEqual([]);
  });

  /** The agent of an actor, and the person behind it (none for the anonymous one). */
  function actorOf(c: Case): { agent: Agent; personId: number | null } {
    const owners = TARGETS[c.resource].owners;
    const name: AccountName | undefined = {
      anonymous: undefined,
      secretariat: 'secretariat' as const,
      steering: 'steering' as const,
      'owner-of': owners.of,
      'owner-not': owners.notOf,
    }[c.actor];
    if (!name) return { agent: t.http() as Agent, personId: null };
    return { agent: w.accounts[name].agent, personId: w.accounts[name].id };
  }

  async function send(c: Case): Promise<Response> {
    const target = TARGETS[c.resource];
    const { agent, personId } = actorOf(c);
    const base = `/api/${c.resource}`;
    const id = target.record(w).id;
    switch (c.action) {
      case 'list':
        return agent.get(base).query(target.listQuery?.(w) ?? {});
      case 'get':
        return agent.get(`${base}/${id}`);
      case 'create':
        if (target.upload) return target.upload(agent, w);
        return agent.post(base).send(target.create(w, personId ?? w.accounts.secretariat.id));
      case 'update': {
        // As react-admin's edit form does: the record as read, with the change.
        const read = await w.accounts.secretariat.agent.get(`${base}/${id}`);
        const record = read.status === 200 ? read.body : { id, version: 1 };
        return agent.put(`${base}/${id}`).send({ ...record, ...target.change(w) });
      }
      case 'delete':
        return agent.delete(`${base}/${id}`);
    }
  }

  /** Which owner acts, and why the record is or is not theirs. */
  const ownership = (c: Case) => {
    if (!c.actor.startsWith('owner')) return '';
    const { owners } = TARGETS[c.resource];
    const who = w.accounts[c.actor === 'owner-of' ? owners.of : owners.notOf].name;
    return ` (${who}; ${owners.why})`;
  };

  describe('a role that may not do something at all is refused before its id or body is read', () => {
    /** The logs have no routes that write. */
    const WRITABLE = RESOURCES.filter((r) => r !== 'reminder-deliveries' && r !== 'audit-events');
    const refusals = (['steering', 'anna'] as const).flatMap((account) =>
      WRITABLE.flatMap((resource) => {
        const role = account === 'anna' ? 'owner' : account;
        const send = {
          create: (agent: Agent) => agent.post(`/api/${resource}`).send({ colour: 'blå' }),
          edit: (agent: Agent) => agent.put(`/api/${resource}/abc`).send({ colour: 'blå' }),
          delete: (agent: Agent) => agent.delete(`/api/${resource}/abc`),
        };
        // A file is never changed: there is no route to refuse.
        const routed = (action: string) => !(resource === 'attachments' && action === 'edit');
        return (['create', 'edit', 'delete'] as const)
          .filter((action) => !roleMay(role, resource, action) && routed(action))
          .map((action) => ({
            label: `${role} × ${action} × ${resource}`,
            account,
            send: send[action],
          }));
      }),
    );

    it.each(refusals)('$label with a bad body and id: 403, not 400', async ({ account, send }) => {
      const res = await send(w.accounts[account].agent);
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 403,
        message: expect.stringMatching(/^the (steering|owner) role may not /),
      });
    });

    it.each([
      ['an owner', 'anna', 'post', '/api/reporting-rounds/abc/open'],
      ['an owner', 'anna', 'post', '/api/reporting-rounds/abc/close'],
      ['an owner', 'anna', 'post', '/api/reporting-rounds/abc/remind'],
      ['the secretariat', 'secretariat', 'post', '/api/reporting-rounds/abc/review'],
      ['the steering group', 'steering', 'post', '/api/milestones/status'],
      ['an owner', 'anna', 'post', '/api/reminders/run'],
      ['the steering group', 'steering', 'post', '/api/reminder-deliveries/abc/resend'],
    ] as const)(
      '%s: %s %s with a bad id or body: 403, not 400',
      async (_who, account, _method, path) => {
        const res = await w.accounts[account].agent.post(path).send({ colour: 'blå' });
        expect(res.status).toBe(403);
      },
    );
  });

  it.each(CASES.map((c) => [`${c.label} → ${c.expected}`, c] as const))('%s', async (_name, c) => {
    const write = ['create', 'update', 'delete'].includes(c.action);
    const before = write ? await databaseSnapshot(t) : undefined;
    const eventsBefore = await auditCount(t);
    const res = await send(c);
    // One object, so that a failure names the case and shows the server's reason.
    expect({
      case: c.label + ownership(c),
      status: res.status,
      message: res.status === c.expected ? '' : res.body?.message,
    }).toEqual({ case: c.label + ownership(c), status: c.expected, message: '' });

    if (c.expected >= 400) {
      expect({ case: c.label, body: res.body }).toEqual({
        case: c.label,
        body: expect.objectContaining({ statusCode: c.expected, message: expect.any(String) }),
      });
      if (write) {
        expect({ case: c.label, database: await databaseSnapshot(t) }).toEqual({
          case: c.label,
          database: before,
        });
      }
      expect({ case: c.label, auditEvents: await auditCount(t) }).toEqual({
        case: c.label,
        auditEvents: eventsBefore,
      });
      return;
    }
    if (c.action === 'list') {
      expect({ case: c.label, contentRange: res.headers['content-range'] }).toEqual({
        case: c.label,
        // An empty list (someone else's deliveries only) is `*/0`.
        contentRange: expect.stringMatching(new RegExp(`^${c.resource} (0-\\d+/\\d+|\\*/0)$`)),
      });
    } else {
      const id = c.action === 'create' ? expect.any(Number) : TARGETS[c.resource].record(w).id;
      expect({ case: c.label, id: res.body.id }).toEqual({ case: c.label, id });
    }
    if (write) {
      // An allowed write is audited once, as the person who made it.
      const [event] = await t.dataSource.query(
        `SELECT person_id AS "personId", resource, record_id AS "recordId", action
             FROM audit_events ORDER BY id DESC LIMIT 1`,
      );
      expect({ case: c.label, events: await auditCount(t), last: event }).toEqual({
        case: c.label,
        events: eventsBefore + 1,
        last: {
          personId: actorOf(c).personId,
          resource: c.resource,
          recordId: res.body.id,
          action: c.action,
        },
      });
    }
  });
});
