import { Logger } from '@nestjs/common';
import type { AuditEventRecord, ResourceName } from '@pejling/contracts';
import type { Response } from 'supertest';
import { Account, Agent, SignedInWorld, auditCount, useSignedInWorld } from '../testing/accounts';
import { databaseSnapshot, expectError, idsOf, totalOf } from '../testing/expectations';
import type { Body } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

type Rec = { id: number; version: number } & Body;

describe('the audit trail', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  /** The events as the secretariat reads them: all (the steering group's lack drafts). */
  const events = (filter: Body, agent: Agent = w.accounts.secretariat.agent) =>
    agent
      .get('/api/audit-events')
      .query({ filter: JSON.stringify(filter), sort: '["id","ASC"]' })
      .expect(200);
  /** The events stored after `after` (an audit event id), oldest first. */
  async function eventsSince(after: number): Promise<AuditEventRecord[]> {
    const res = await events({});
    return (res.body as AuditEventRecord[]).filter((e) => e.id > after);
  }
  const lastEventId = async () =>
    Number((await t.dataSource.query('SELECT max(id) AS id FROM audit_events'))[0].id);
  const read = async (resource: string, id: number): Promise<Rec> =>
    (await w.accounts.secretariat.agent.get(`/api/${resource}/${id}`).expect(200)).body;

  /**
   * One create, update and delete per resource, by a person allowed to make them, and the
   * initiative the events must belong to.
   */
  const LIFECYCLES: {
    resource: ResourceName;
    by: (w: SignedInWorld) => Account;
    create: (w: SignedInWorld) => Body;
    change: Body;
    initiativeId: (w: SignedInWorld, record: Rec) => number | null;
  }[] = [
    {
      resource: 'initiatives',
      by: (w) => w.accounts.secretariat,
      create: (w) => ({ focusAreaId: w.focusAreas.areaB.id, code: 'B.7', title: 'Ny' }),
      change: { health: 'red', description: 'Forsinket' },
      initiativeId: (_w, record) => record.id,
    },
    {
      resource: 'milestones',
      by: (w) => w.accounts.secretariat,
      create: (w) => ({ initiativeId: w.initiatives.b1.id, title: 'Ny', dueDate: '2017-10-01' }),
      change: { status: 'delayed' },
      initiativeId: (w) => w.initiatives.b1.id,
    },
    {
      resource: 'status-reports',
      by: (w) => w.accounts.anna,
      create: (w) => ({ initiativeId: w.initiatives.a1.id, health: 'amber', summary: 'Udkast' }),
      change: { summary: 'Rettet udkast' },
      initiativeId: (w) => w.initiatives.a1.id,
    },
    {
      resource: 'organisations',
      by: (w) => w.accounts.secretariat,
      create: () => ({ name: 'Erhvervsstyrelsen', shortName: 'ERST', kind: 'other' }),
      change: { name: 'Erhvervsstyrelsen (ERST)' },
      initiativeId: () => null,
    },
    {
      resource: 'people',
      by: (w) => w.accounts.secretariat,
      create: () => ({ name: 'Eva Ny', email: 'eva@example.dk' }),
      change: { role: 'steering' },
      initiativeId: () => null,
    },
  ];

  it.each(LIFECYCLES.map((c) => [c.resource, c] as const))(
    '%s: create, update and delete each write one event: who, what, before and after',
    async (resource, c) => {
      const by = c.by(w);
      const start = await lastEventId();
      const created = await by.agent.post(`/api/${resource}`).send(c.create(w)).expect(201);
      const updated = await by.agent
        .put(`/api/${resource}/${created.body.id}`)
        .send({ ...created.body, ...c.change })
        .expect(200);
      const deleted = await by.agent.delete(`/api/${resource}/${created.body.id}`).expect(200);
      expect(deleted.body).toEqual(updated.body);
      const who = {
        personId: by.id,
        personName: by.name,
        resource,
        recordId: created.body.id,
        references: expect.any(Object),
      };
      const initiativeId = c.initiativeId(w, created.body);
      expect(await eventsSince(start)).toEqual([
        {
          ...who,
          id: expect.any(Number),
          at: expect.any(String),
          action: 'create',
          before: null,
          after: created.body,
          initiativeId,
        },
        {
          ...who,
          id: expect.any(Number),
          at: expect.any(String),
          action: 'update',
          before: created.body,
          after: updated.body,
          initiativeId,
        },
        {
          ...who,
          id: expect.any(Number),
          at: expect.any(String),
          action: 'delete',
          before: updated.body,
          after: null,
          initiativeId,
        },
      ]);
    },
  );

  it('a person’s events never hold a password hash', async () => {
    const anna = await read('people', w.accounts.anna.id);
    await w.accounts.anna.agent
      .put(`/api/people/${anna.id}`)
      .send({ ...anna, title: 'Specialkonsulent' })
      .expect(200);
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE before::text LIKE '%argon2%' OR after::text LIKE '%argon2%' OR before ? 'passwordHash' OR after ? 'passwordHash'`,
    );
    expect(row.n).toBe(0);
    const [last] = (await events({ resource: 'people', recordId: anna.id })).body.slice(-1);
    expect(last).toEqual(
      expect.objectContaining({
        personName: 'Anna Holm',
        before: expect.objectContaining({ hasPassword: true, title: 'Fuldmægtig' }),
        after: expect.objectContaining({ hasPassword: true, title: 'Specialkonsulent' }),
      }),
    );
  });

  it('an owner’s change is audited as her, and her name stays when she is deleted', async () => {
    const a3 = await read('initiatives', w.extra.initiative.id);
    const dorte = w.accounts.dorte;
    await dorte.agent
      .put(`/api/initiatives/${a3.id}`)
      .send({ ...a3, health: 'red' })
      .expect(200);
    await w.accounts.secretariat.agent.delete(`/api/people/${dorte.id}`).expect(200);
    const res = await events({ resource: 'initiatives', recordId: a3.id, action: 'update' });
    expect(res.body).toEqual([
      expect.objectContaining({
        personId: null,
        personName: 'Dorte Dahl',
        initiativeId: a3.id,
        before: expect.objectContaining({ health: 'green' }),
        after: expect.objectContaining({ health: 'red' }),
      }),
    ]);
  });

  it('an initiative’s history includes its milestones’ and status reports’ events', async () => {
    const a1 = w.initiatives.a1;
    const start = await lastEventId();
    const anna = w.accounts.anna.agent;
    const workshop = await read('milestones', w.milestones.workshop.id);
    await anna
      .put(`/api/milestones/${workshop.id}`)
      .send({ ...workshop, status: 'done' })
      .expect(200);
    const initiative = await read('initiatives', a1.id);
    await anna
      .put(`/api/initiatives/${a1.id}`)
      .send({ ...initiative, health: 'amber' })
      .expect(200);
    // A change elsewhere that must not show.
    const messe = await read('milestones', w.milestones.messe.id);
    await anna
      .put(`/api/milestones/${messe.id}`)
      .send({ ...messe, title: 'Messe i Hamburg' })
      .expect(200);

    const history = (await events({ initiativeId: a1.id })).body as AuditEventRecord[];
    const summary = history.map((e) => `${e.resource} ${e.recordId} ${e.action}`);
    expect(summary).toEqual([
      `initiatives ${a1.id} create`,
      `milestones ${w.milestones.workshop.id} create`,
      `milestones ${w.milestones.rapport.id} create`,
      `status-reports ${w.statusReports.rapportA1.id} create`,
      `milestones ${w.milestones.workshop.id} update`,
      `initiatives ${a1.id} update`,
    ]);
    expect(history.filter((e) => e.id > start).map((e) => e.personName)).toEqual([
      'Anna Holm',
      'Anna Holm',
    ]);
  });

  it('reads milestone events in the shape status reports once wrote them, beside today’s', async () => {
    // Before status reports wrote their milestone updates through the milestones' own
    // write, they audited a smaller record; such events stay as they were stored.
    const a1 = w.initiatives.a1;
    const workshop = await read('milestones', w.milestones.workshop.id);
    const old = { id: workshop.id, initiativeId: a1.id, title: workshop.title, status: 'planned' };
    await t.dataSource.query(
      `INSERT INTO audit_events (person_id, person_name, resource, record_id, action, before, after, initiative_id)
       VALUES (NULL, 'Anna Holm', 'milestones', $1, 'update', $2, $3, $4)`,
      [workshop.id, JSON.stringify(old), JSON.stringify({ ...old, status: 'done' }), a1.id],
    );
    const history = (await events({ initiativeId: a1.id })).body as AuditEventRecord[];
    expect(history.at(-1)).toMatchObject({
      resource: 'milestones',
      recordId: workshop.id,
      before: old,
      after: { ...old, status: 'done' },
      // Named as they are now, whatever the event kept of them.
      references: {
        milestones: { [workshop.id]: { values: { title: workshop.title }, deleted: false } },
        initiatives: {
          [a1.id]: { values: { code: 'A.1', title: 'Brobygning til forskning' }, deleted: false },
        },
      },
    });
  });

  describe('names the records an event refers to', () => {
    const secretariat = () => w.accounts.secretariat.agent;

    it('as they are now, and those deleted since as the trail last had them', async () => {
      const eva = (
        await secretariat()
          .post('/api/people')
          .send({ name: 'Eva Ny', email: 'eva@example.dk' })
          .expect(201)
      ).body as Rec;
      const a1 = await read('initiatives', w.initiatives.a1.id);
      const start = await lastEventId();
      const added = (
        await secretariat()
          .put(`/api/initiatives/${a1.id}`)
          .send({ ...a1, responsiblePersonIds: [w.people.anna.id, eva.id], status: 'on_hold' })
          .expect(200)
      ).body as Rec;
      await secretariat()
        .put(`/api/initiatives/${a1.id}`)
        .send({ ...added, responsiblePersonIds: [w.people.anna.id] })
        .expect(200);
      await secretariat().delete(`/api/people/${eva.id}`).expect(200);
      const ufm = await read('organisations', w.organisations.ufm.id);
      await secretariat()
        .put(`/api/organisations/${ufm.id}`)
        .send({ ...ufm, shortName: 'UFM*' })
        .expect(200);

      const [change] = await eventsSince(start);
      expect(change.references).toEqual({
        initiatives: {
          [a1.id]: { values: { code: 'A.1', title: 'Brobygning til forskning' }, deleted: false },
        },
        strategies: {
          [w.strategies.klynge.id]: { values: { name: 'Klyngestrategi 2.0' }, deleted: false },
        },
        'focus-areas': {
          [w.focusAreas.areaA.id]: {
            values: { code: 'A', title: 'Forskning og uddannelse' },
            deleted: false,
          },
        },
        organisations: {
          [ufm.id]: {
            values: { shortName: 'UFM*', name: 'Uddannelses- og Forskningsministeriet' },
            deleted: false,
          },
          [w.organisations.ced.id]: {
            values: { shortName: 'CED', name: 'Cluster Excellence Denmark' },
            deleted: false,
          },
          [w.organisations.rh.id]: {
            values: { shortName: 'RH', name: 'Region Hovedstaden' },
            deleted: false,
          },
        },
        people: {
          [w.people.anna.id]: { values: { name: 'Anna Holm' }, deleted: false },
          [eva.id]: { values: { name: 'Eva Ny' }, deleted: true },
        },
      });
    });

    it('with what a name refers to in turn, for an event that does not hold it', async () => {
      // A status report is named with its initiative; this event kept only its summary.
      const report = w.statusReports.rapportA1;
      await t.dataSource.query(
        `INSERT INTO audit_events (person_id, person_name, resource, record_id, action, before, after, initiative_id)
         VALUES (NULL, 'Anna Holm', 'status-reports', $1, 'update', $2, $3, NULL)`,
        [report.id, JSON.stringify({ summary: 'Før' }), JSON.stringify({ summary: 'Efter' })],
      );
      const [event] = (
        await events({ resource: 'status-reports', recordId: report.id })
      ).body.slice(-1) as AuditEventRecord[];
      expect(event.references).toEqual({
        'status-reports': {
          [report.id]: {
            values: { reportDate: '2017-05-01', initiativeId: w.initiatives.a1.id },
            deleted: false,
          },
        },
        initiatives: {
          [w.initiatives.a1.id]: {
            values: { code: 'A.1', title: 'Brobygning til forskning' },
            deleted: false,
          },
        },
      });
      const one = await w.accounts.steering.agent.get(`/api/audit-events/${event.id}`).expect(200);
      expect(one.body.references).toEqual(event.references);
    });

    it('a record gone without an event of its own, by its last change; one never seen, as deleted', async () => {
      await t.dataSource.query(
        `INSERT INTO audit_events (person_id, person_name, resource, record_id, action, before, after, initiative_id)
         VALUES (NULL, 'Sanne Sekretær', 'milestones', 999001, 'update', $1, $2, NULL),
                (NULL, 'Sanne Sekretær', 'round-outcomes', 999002, 'create', NULL, $3, NULL)`,
        [
          JSON.stringify({ title: 'Gammel titel', responsiblePersonId: 999003 }),
          JSON.stringify({ title: 'Ny titel', responsiblePersonId: 999003 }),
          JSON.stringify({ text: 'Et punkt', milestoneId: 999001 }),
        ],
      );
      const [outcome] = (await events({ resource: 'round-outcomes', recordId: 999002 })).body;
      expect(outcome.references).toEqual({
        'round-outcomes': { 999002: { values: { text: 'Et punkt' }, deleted: true } },
        milestones: { 999001: { values: { title: 'Ny titel' }, deleted: true } },
      });
      const [milestone] = (await events({ resource: 'milestones', recordId: 999001 })).body;
      expect(milestone.references.people).toEqual({ 999003: { values: {}, deleted: true } });
    });
  });

  describe('filters', () => {
    /** Four events at known times; 23:30 UTC on 1 March is 2 March in Copenhagen. */
    async function dated() {
      const anna = w.accounts.anna;
      const secretariat = w.accounts.secretariat;
      const at = async (
        agent: Agent,
        resource: string,
        record: Rec,
        change: Body,
        when: string,
      ) => {
        const res = await agent
          .put(`/api/${resource}/${record.id}`)
          .send({ ...record, ...change })
          .expect(200);
        const id = await lastEventId();
        await t.dataSource.query('UPDATE audit_events SET at = $2 WHERE id = $1', [id, when]);
        return { id, record: res.body as Rec };
      };
      const workshop = await read('milestones', w.milestones.workshop.id);
      const a1 = await read('initiatives', w.initiatives.a1.id);
      const org = await read('organisations', w.organisations.rh.id);
      const feb = await at(
        anna.agent,
        'milestones',
        workshop,
        { status: 'in_progress' },
        '2017-02-10T10:00:00Z',
      );
      const lateMarch1 = await at(
        anna.agent,
        'initiatives',
        a1,
        { health: 'red' },
        '2017-03-01T23:30:00Z',
      );
      const march3 = await at(
        secretariat.agent,
        'organisations',
        org,
        { name: 'RH' },
        '2017-03-03T08:00:00Z',
      );
      const april = await at(
        secretariat.agent,
        'initiatives',
        lateMarch1.record,
        { health: 'green' },
        '2017-04-01T12:00:00Z',
      );
      return { feb, lateMarch1, march3, april };
    }

    it('by resource, record, person and action', async () => {
      const e = await dated();
      const ids = async (filter: Body) => idsOf(await events(filter));
      expect((await ids({ resource: 'initiatives' })).slice(-2)).toEqual([
        e.lateMarch1.id,
        e.april.id,
      ]);
      expect(await ids({ resource: 'initiatives', recordId: w.initiatives.a1.id })).toEqual([
        // its creation, by the secretariat building the world
        expect.any(Number),
        e.lateMarch1.id,
        e.april.id,
      ]);
      expect(await ids({ personId: w.accounts.anna.id })).toEqual([e.feb.id, e.lateMarch1.id]);
      expect(await ids({ personId: w.accounts.secretariat.id, action: 'update' })).toEqual([
        e.march3.id,
        e.april.id,
      ]);
      expect(await ids({ recordId: w.organisations.rh.id, resource: 'organisations' })).toEqual([
        expect.any(Number),
        e.march3.id,
      ]);
    });

    it('by date range, inclusive, by the day in Copenhagen', async () => {
      const e = await dated();
      const ids = async (filter: Body) => idsOf(await events(filter));
      expect(await ids({ to: '2017-03-01' })).toEqual([e.feb.id]);
      expect(await ids({ from: '2017-03-02', to: '2017-03-03' })).toEqual([
        e.lateMarch1.id,
        e.march3.id,
      ]);
      // The world was built on the product's today, 15 June: after the range.
      expect(await ids({ from: '2017-03-04', to: '2017-06-14' })).toEqual([e.april.id]);
      expect(
        await ids({ from: '2017-02-10', to: '2017-02-10', personId: w.accounts.anna.id }),
      ).toEqual([e.feb.id]);
    });

    it('answers Content-Range and pages', async () => {
      const res = await w.accounts.secretariat.agent
        .get('/api/audit-events')
        .query({ range: '[0,1]', sort: '["id","ASC"]' })
        .expect(200);
      expect(res.body).toHaveLength(2);
      expect(totalOf(res)).toBe(await auditCount(t));
      expect(res.headers['content-range']).toBe(`audit-events 0-1/${await auditCount(t)}`);
    });

    it('a bad filter is a 400, not a 500', async () => {
      const res = await w.accounts.secretariat.agent
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ from: '2017-02-30' }) });
      expectError(res, 400, 'from');
    });
  });

  describe('who may read it', () => {
    it('the secretariat and steering may list and read events', async () => {
      // The steering group does not see the creation of the world's two draft reports.
      const drafts = { secretariat: 0, steering: 2 };
      for (const account of [w.accounts.secretariat, w.accounts.steering]) {
        const list = await account.agent.get('/api/audit-events').expect(200);
        expect(totalOf(list)).toBe(
          (await auditCount(t)) - drafts[account.role as keyof typeof drafts],
        );
        const one = await account.agent.get(`/api/audit-events/${list.body[0].id}`).expect(200);
        expect(one.body).toEqual(list.body[0]);
      }
    });

    it.each(['anna', 'dorte'] as const)('owner %s may not (403)', async (name) => {
      const agent = w.accounts[name].agent;
      expectError(await agent.get('/api/audit-events'), 403, 'may not list audit-events');
      expectError(
        await agent.get('/api/audit-events').query({
          filter: JSON.stringify({ initiativeId: w.initiatives.a1.id }),
        }),
        403,
        'may not list audit-events',
      );
      expectError(
        await agent.get(`/api/audit-events/${w.extra.auditEventId}`),
        403,
        'may not read audit-events',
      );
      // Refused before the query or the id is read: no detail of what a reader may ask.
      expectError(
        await agent.get('/api/audit-events').query({ filter: '{"colour":"blå"}' }),
        403,
        'may not list audit-events',
      );
      expectError(await agent.get('/api/audit-events/abc'), 403, 'may not read audit-events');
    });

    it('an unknown event is a 404', async () => {
      expectError(
        await w.accounts.secretariat.agent.get('/api/audit-events/999999'),
        404,
        'audit event 999999',
      );
    });
  });

  describe('a write whose audit event fails is rolled back', () => {
    /** Makes every audit insert for `resource` fail, for the length of `work`. */
    async function withFailingAudit(resource: string, work: () => Promise<void>) {
      await t.dataSource.query(
        `ALTER TABLE audit_events ADD CONSTRAINT test_no_audit CHECK (resource <> '${resource}') NOT VALID`,
      );
      // The failure is logged as the server's error; kept out of the test output.
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        await work();
        expect(logged).toHaveBeenCalledWith(
          expect.stringMatching(new RegExp(`^audit event for \\w+ of ${resource} \\d+ failed`)),
          expect.stringContaining('test_no_audit'),
        );
      } finally {
        logged.mockRestore();
        await t.dataSource.query('ALTER TABLE audit_events DROP CONSTRAINT test_no_audit');
      }
    }

    const FAILING: {
      name: string;
      resource: ResourceName;
      send: (w: SignedInWorld) => Promise<Response>;
    }[] = [
      {
        name: 'update of a milestone',
        resource: 'milestones',
        send: async (w) => {
          const m = await read('milestones', w.milestones.workshop.id);
          return w.accounts.anna.agent.put(`/api/milestones/${m.id}`).send({ ...m, title: 'Tabt' });
        },
      },
      {
        name: 'update of an initiative and its links',
        resource: 'initiatives',
        send: async (w) => {
          const i = await read('initiatives', w.initiatives.a1.id);
          return w.accounts.secretariat.agent.put(`/api/initiatives/${i.id}`).send({
            ...i,
            title: 'Tabt',
            responsiblePersonIds: [w.people.bo.id],
            partnerOrganisationIds: [],
          });
        },
      },
      {
        name: 'create of a status report',
        resource: 'status-reports',
        send: (w) =>
          w.accounts.anna.agent
            .post('/api/status-reports')
            .send({ initiativeId: w.initiatives.a1.id, health: 'green' }),
      },
      {
        name: 'delete of a measurement',
        resource: 'measurements',
        send: (w) =>
          w.accounts.secretariat.agent.delete(`/api/measurements/${w.measurements.basis.id}`),
      },
      {
        name: 'deactivation of a person (which also ends their sessions)',
        resource: 'people',
        send: async (w) => {
          const p = await read('people', w.accounts.dorte.id);
          return w.accounts.secretariat.agent
            .put(`/api/people/${p.id}`)
            .send({ ...p, active: false });
        },
      },
    ];

    it.each(FAILING.map((c) => [c.name, c] as const))('%s', async (_name, { resource, send }) => {
      const before = await databaseSnapshot(t);
      const sessions = await t.dataSource.query('SELECT * FROM sessions ORDER BY id_hash');
      await withFailingAudit(resource, async () => {
        const res = await send(w);
        // The server's failure, not the request's; no SQL or constraint names in the answer.
        expectError(res, 500, 'could not be recorded in the audit trail');
        expect(JSON.stringify(res.body)).not.toMatch(/test_no_audit|audit_events|INSERT/);
      });
      expect(await databaseSnapshot(t)).toEqual(before);
      expect(await t.dataSource.query('SELECT * FROM sessions ORDER BY id_hash')).toEqual(sessions);
      await w.accounts.dorte.agent.get('/api/auth/me').expect(200);
    });
  });
});
