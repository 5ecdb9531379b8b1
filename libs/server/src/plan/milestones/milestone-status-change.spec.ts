import type { MilestoneRecord, MilestoneStatusChangeResult } from '@pejling/contracts';
import { Agent, SignedInWorld, lastAuditEventId, useSignedInWorld } from '../../testing/accounts';
import { databaseSnapshot, expectError, expectFieldError } from '../../testing/expectations';
import type { TestApp } from '../../testing/test-app';

/** The test clock's date. */
const TODAY = '2017-06-15';

/** `POST /api/milestones/status`: one status for several milestones, all or none. */
describe('bulk milestone status change', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const secretariat = () => w.accounts.secretariat.agent;
  const get = async (id: number) =>
    (await secretariat().get(`/api/milestones/${id}`).expect(200)).body as MilestoneRecord;
  const named = (...ms: MilestoneRecord[]) => ms.map(({ id, version }) => ({ id, version }));
  const change = (agent: Agent, body: object) => agent.post('/api/milestones/status').send(body);

  /** The milestones' audit events since `afterId`, as (record, status before → after). */
  const auditedSince = async (afterId: number) =>
    t.dataSource.query(
      `SELECT record_id AS id, action, before->>'status' AS "from", after->>'status' AS "to",
              person_id AS "personId"
         FROM audit_events WHERE resource = 'milestones' AND id > $1 ORDER BY record_id`,
      [afterId],
    );

  it('gives each milestone the status, versioned and audited one by one, done today', async () => {
    const { workshop, kickoff, messe } = w.milestones;
    const before = await Promise.all([workshop, kickoff, messe].map((m) => get(m.id)));
    const since = await lastAuditEventId(t);

    const res = await change(secretariat(), { status: 'done', milestones: named(...before) });

    expect(res.status).toBe(200);
    const result = res.body as MilestoneStatusChangeResult;
    expect(result.changed).toBe(3);
    expect(result.milestones).toEqual(
      before.map((m) =>
        expect.objectContaining({
          id: m.id,
          status: 'done',
          completedOn: TODAY,
          overdue: false,
          version: m.version + 1,
        }),
      ),
    );
    for (const m of before) {
      expect(await get(m.id)).toMatchObject({ status: 'done', completedOn: TODAY });
    }
    const personId = w.accounts.secretariat.id;
    expect(await auditedSince(since)).toEqual(
      before
        .map((m) => ({ id: m.id, action: 'update', from: m.status, to: 'done', personId }))
        .sort((a, b) => a.id - b.id),
    );
  });

  it('leaves a milestone that has the status already as it is, and counts only the changed', async () => {
    const rapport = await get(w.milestones.rapport.id); // done on 2017-05-02
    const workshop = await get(w.milestones.workshop.id);
    const since = await lastAuditEventId(t);

    const res = await change(secretariat(), {
      status: 'done',
      milestones: named(rapport, workshop),
    }).expect(200);

    expect(res.body.changed).toBe(1);
    expect(await get(rapport.id)).toMatchObject({
      status: 'done',
      completedOn: '2017-05-02',
      version: rapport.version,
    });
    expect((await auditedSince(since)).map((e: { id: number }) => e.id)).toEqual([workshop.id]);
  });

  it('clears the completion day when a done milestone is re-opened', async () => {
    const rapport = await get(w.milestones.rapport.id);
    const res = await change(secretariat(), {
      status: 'in_progress',
      milestones: named(rapport),
    }).expect(200);
    expect(res.body.milestones[0]).toMatchObject({ status: 'in_progress', completedOn: null });
  });

  it('changes nothing and names every stale milestone with its version now (409)', async () => {
    const [workshop, kickoff, messe] = await Promise.all(
      [w.milestones.workshop, w.milestones.kickoff, w.milestones.messe].map((m) => get(m.id)),
    );
    // Someone else saves two of them after they were read.
    for (const m of [workshop, messe]) {
      await secretariat()
        .put(`/api/milestones/${m.id}`)
        .send({ ...m, title: `${m.title} (flyttet)` })
        .expect(200);
    }
    const snapshot = await databaseSnapshot(t);

    const res = await change(secretariat(), {
      status: 'done',
      milestones: named(workshop, kickoff, messe),
    });

    expectError(res, 409, `milestones ${workshop.id}, ${messe.id} were changed by someone else`);
    expect(res.body.current).toEqual([
      expect.objectContaining({ id: workshop.id, version: workshop.version + 1 }),
      expect.objectContaining({ id: messe.id, version: messe.version + 1 }),
    ]);
    expect(await databaseSnapshot(t)).toEqual(snapshot);
  });

  it('of two changes from the same versions, one wins and the other gets a 409', async () => {
    const [workshop, kickoff] = await Promise.all(
      [w.milestones.workshop, w.milestones.kickoff].map((m) => get(m.id)),
    );
    const body = (status: string) => ({ status, milestones: named(workshop, kickoff) });
    const answers = await Promise.all([
      change(secretariat(), body('done')),
      change(secretariat(), body('delayed')),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = answers.find((r) => r.status === 200)?.body as MilestoneStatusChangeResult;
    const status = winner.milestones[0].status;
    expect((await get(workshop.id)).status).toBe(status);
    expect((await get(kickoff.id)).status).toBe(status);
  });

  it('changes nothing and names the unknown ids (404)', async () => {
    const workshop = await get(w.milestones.workshop.id);
    const snapshot = await databaseSnapshot(t);
    const res = await change(secretariat(), {
      status: 'done',
      milestones: [...named(workshop), { id: 999001, version: 1 }, { id: 999002, version: 1 }],
    });
    expectError(res, 404, 'no milestone has the id 999001, 999002');
    expect(await databaseSnapshot(t)).toEqual(snapshot);
  });

  describe('who may change what', () => {
    it('lets an owner change the milestones of their own initiatives', async () => {
      // Anna is responsible for A.1 (workshop) and B.1 (messe).
      const [workshop, messe] = await Promise.all(
        [w.milestones.workshop, w.milestones.messe].map((m) => get(m.id)),
      );
      const res = await change(w.accounts.anna.agent, {
        status: 'in_progress',
        milestones: named(workshop, messe),
      });
      expect(res.status).toBe(200);
      expect(res.body.changed).toBe(2);
    });

    it('refuses an owner the whole change if one milestone is not theirs (403)', async () => {
      // The kick-off belongs to Vækstplan's A.1, not one of Anna's.
      const [workshop, kickoff] = await Promise.all(
        [w.milestones.workshop, w.milestones.kickoff].map((m) => get(m.id)),
      );
      const snapshot = await databaseSnapshot(t);
      const res = await change(w.accounts.anna.agent, {
        status: 'done',
        milestones: named(workshop, kickoff),
      });
      expectError(res, 403, `initiative ${w.initiatives.vaekstA1.id} is not one of yours`);
      expect(await databaseSnapshot(t)).toEqual(snapshot);
    });

    it('refuses the steering group (403)', async () => {
      const workshop = await get(w.milestones.workshop.id);
      const res = await change(w.accounts.steering.agent, {
        status: 'done',
        milestones: named(workshop),
      });
      expectError(res, 403, 'may not');
    });

    it('refuses without a session (401)', async () => {
      await t
        .http()
        .post('/api/milestones/status')
        .send({ status: 'done', milestones: [{ id: 1, version: 1 }] })
        .expect(401);
    });
  });

  describe('bad input: a 400 naming the problem, nothing changed', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, version: 1 }));

    it.each([
      {
        case: 'an unknown status',
        body: { status: 'finished', milestones: many(1) },
        field: 'status',
      },
      { case: 'no status', body: { milestones: many(1) }, field: 'status' },
      { case: 'an empty list', body: { status: 'done', milestones: [] }, field: 'milestones' },
      { case: 'no list', body: { status: 'done' }, field: 'milestones' },
      {
        case: 'a list that is not one',
        body: { status: 'done', milestones: 7 },
        field: 'milestones',
      },
      {
        case: 'more than 500',
        body: { status: 'done', milestones: many(501) },
        field: 'milestones',
      },
      {
        case: 'a milestone without version',
        body: { status: 'done', milestones: [{ id: 1 }] },
        field: 'milestones.0.version',
      },
      {
        case: 'a bad id',
        body: { status: 'done', milestones: [{ id: 'A', version: 1 }] },
        field: 'milestones.0.id',
      },
      {
        case: 'a field that is not one',
        body: { status: 'done', milestones: many(1), completedOn: TODAY },
        field: 'completedOn',
      },
    ])('refuses $case', async ({ body, field }) => {
      const snapshot = await databaseSnapshot(t);
      expectFieldError(await change(secretariat(), body), 400, field);
      expect(await databaseSnapshot(t)).toEqual(snapshot);
    });

    it('refuses a milestone named twice, naming it', async () => {
      const workshop = await get(w.milestones.workshop.id);
      const res = await change(secretariat(), {
        status: 'done',
        milestones: [...named(workshop), ...named(workshop)],
      });
      expectFieldError(res, 400, 'milestones');
      expect(res.body.message).toContain(`names milestone ${workshop.id} more than once`);
    });

    it('takes 500 at once', async () => {
      // 500 ids of which only the world's exist: the limit is passed, the unknown are named.
      const res = await change(secretariat(), { status: 'done', milestones: many(500) });
      expect(res.status).toBe(404);
    });
  });
});
