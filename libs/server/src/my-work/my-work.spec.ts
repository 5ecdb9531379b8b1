import type { MyWork } from '@pejling/contracts';
import { Agent, SignedInWorld, TODAY, useSignedInWorld } from '../testing/accounts';
import { expectError } from '../testing/expectations';
import type { TestApp } from '../testing/test-app';

/**
 * GET /api/my-work in the signed-in world: Anna (owner at UFM) is responsible for A.1 (led
 * by UFM) and B.1, and for the overdue workshop milestone of A.1; the open round asks A.1
 * for its report. Dorte (owner at CED) is responsible for nothing: hers are the initiatives
 * CED leads, A.2 and A.3. Bo, of the steering group, is responsible for the done report
 * milestone of A.1, and is one of the responsible people of A.2 and B.1.
 */
describe('GET /api/my-work', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const myWork = async (agent: Agent): Promise<MyWork> =>
    (await agent.get('/api/my-work').expect(200)).body;

  const report = (initiativeId: number, roundId: number, state: 'draft' | 'submitted') =>
    t.dataSource.query(
      `INSERT INTO status_reports (initiative_id, round_id, report_date, health, state, submitted_at)
       VALUES ($1, $2, '2017-06-10', 'green', $3, CASE WHEN $3 = 'submitted' THEN now() END)`,
      [initiativeId, roundId, state],
    );

  it("answers an owner's initiatives, milestones and the reports asked of them", async () => {
    const { a1, a2, b1 } = w.initiatives;
    const { anna, bo } = w.people;
    const unassigned = await w.f.milestone({
      initiativeId: a1.id,
      title: 'Fælles konference',
      dueDate: '2017-08-01',
    });
    // Not hers: done without anybody responsible, and Bo's.
    await w.f.milestone({
      initiativeId: a1.id,
      dueDate: '2017-02-01',
      status: 'done',
      completedOn: '2017-02-01',
    });
    await w.f.milestone({ initiativeId: a1.id, dueDate: '2017-06-01', responsiblePersonId: bo.id });
    // Hers though the initiative is not: listed, as what she is responsible for.
    const elsewhere = await w.f.milestone({
      initiativeId: a2.id,
      title: 'Kursus for klyngeledere',
      dueDate: TODAY,
      status: 'in_progress',
      responsiblePersonId: anna.id,
    });
    const done = await w.f.milestone({
      initiativeId: b1.id,
      title: 'Pressemeddelelse',
      dueDate: '2017-01-05',
      status: 'done',
      completedOn: '2017-01-04',
      responsiblePersonId: anna.id,
    });

    const body = await myWork(w.accounts.anna.agent);
    const { workshop } = w.milestones;
    const { areaA, areaB } = w.focusAreas;
    expect(body).toEqual({
      today: TODAY,
      initiatives: [
        {
          id: a1.id,
          code: 'A.1',
          title: 'Brobygning til forskning',
          focusArea: { id: areaA.id, code: 'A', title: 'Forskning og uddannelse' },
          status: 'in_progress',
          health: 'green',
          // 2 done of 5 not cancelled
          progress: 40,
          // the workshop, the conference and Bo's; the workshop and Bo's are overdue
          openMilestones: 3,
          overdueMilestones: 2,
        },
        {
          id: b1.id,
          code: 'B.1',
          title: 'International synlighed',
          focusArea: { id: areaB.id, code: 'B', title: 'Internationalisering' },
          status: 'completed',
          health: 'red',
          progress: 100,
          openMilestones: 0,
          overdueMilestones: 0,
        },
      ],
      milestones: [
        {
          id: workshop.id,
          version: workshop.version,
          title: 'Workshop om fødevarer',
          dueDate: '2017-03-01',
          status: 'planned',
          overdue: true,
          unassigned: false,
          initiativeId: a1.id,
          initiativeCode: 'A.1',
          initiativeTitle: 'Brobygning til forskning',
        },
        {
          id: elsewhere.id,
          version: elsewhere.version,
          title: 'Kursus for klyngeledere',
          dueDate: TODAY,
          status: 'in_progress',
          overdue: false,
          unassigned: false,
          initiativeId: a2.id,
          initiativeCode: 'A.2',
          initiativeTitle: 'Uddannelse i klynger',
        },
        {
          id: unassigned.id,
          version: unassigned.version,
          title: 'Fælles konference',
          dueDate: '2017-08-01',
          status: 'planned',
          overdue: false,
          unassigned: true,
          initiativeId: a1.id,
          initiativeCode: 'A.1',
          initiativeTitle: 'Brobygning til forskning',
        },
        // done and cancelled last, however early they were due
        expect.objectContaining({ id: done.id, status: 'done', overdue: false }),
      ],
      reportRequests: [
        {
          roundId: w.extra.openRoundId,
          roundTitle: 'Styregruppemøde september 2017',
          dueDate: '2017-09-01',
          overdue: false,
          initiativeId: a1.id,
          initiativeCode: 'A.1',
          initiativeTitle: 'Brobygning til forskning',
          hasDraft: false,
          path: `/reporting-rounds/${w.extra.openRoundId}/report/${a1.id}`,
        },
      ],
      // No round asks for figures (rounds.spec.ts has those).
      figureRequests: [],
    });
  });

  it('follows a change of status: done is no longer open nor overdue, with a new version', async () => {
    const { workshop } = w.milestones;
    const anna = w.accounts.anna.agent;
    const { body: record } = await anna.get(`/api/milestones/${workshop.id}`).expect(200);
    await anna
      .put(`/api/milestones/${workshop.id}`)
      .send({ ...record, status: 'done' })
      .expect(200);

    const body = await myWork(anna);
    expect(body.milestones).toEqual([
      expect.objectContaining({
        id: workshop.id,
        version: workshop.version + 1,
        status: 'done',
        overdue: false,
      }),
    ]);
    expect(body.initiatives[0]).toMatchObject({
      code: 'A.1',
      progress: 100,
      openMilestones: 0,
      overdueMilestones: 0,
    });
  });

  it('marks a saved draft, and drops the request once the report is submitted', async () => {
    const { a1 } = w.initiatives;
    const round = w.extra.openRoundId;
    await report(a1.id, round, 'draft');
    expect((await myWork(w.accounts.anna.agent)).reportRequests).toEqual([
      expect.objectContaining({ roundId: round, initiativeId: a1.id, hasDraft: true }),
    ]);
    await report(a1.id, round, 'submitted');
    expect((await myWork(w.accounts.anna.agent)).reportRequests).toEqual([]);
  });

  it('asks for reports only in open rounds, once the round is past due saying so', async () => {
    const { a1, a2 } = w.initiatives;
    // The draft round asks A.1 and A.2: not yet. Closed: no more.
    await t.dataSource.query(
      `UPDATE reporting_rounds SET closed_at = now(), state = 'closed', snapshot = '{}'
        WHERE id = $1`,
      [w.extra.openRoundId],
    );
    expect((await myWork(w.accounts.anna.agent)).reportRequests).toEqual([]);
    await t.dataSource.query(
      `UPDATE reporting_rounds SET state = 'open', opened_at = now(), due_date = '2017-06-01'
        WHERE id = $1`,
      [w.extra.draftRoundId],
    );
    expect((await myWork(w.accounts.anna.agent)).reportRequests).toEqual([
      expect.objectContaining({
        roundId: w.extra.draftRoundId,
        initiativeId: a1.id,
        overdue: true,
      }),
    ]);
    // A.2 is CED's: Dorte is asked for it.
    expect((await myWork(w.accounts.dorte.agent)).reportRequests).toEqual([
      expect.objectContaining({
        roundId: w.extra.draftRoundId,
        initiativeId: a2.id,
        path: `/reporting-rounds/${w.extra.draftRoundId}/report/${a2.id}`,
      }),
    ]);
  });

  it('gives an owner responsible for nothing the initiatives their organisation leads, and their unassigned milestones', async () => {
    const { a2 } = w.initiatives;
    const open = await w.f.milestone({ initiativeId: a2.id, dueDate: '2017-05-01' });
    const body = await myWork(w.accounts.dorte.agent);
    expect(body.initiatives.map((i) => i.code)).toEqual(['A.2', 'A.3']);
    expect(body.initiatives[0]).toMatchObject({ openMilestones: 1, overdueMilestones: 1 });
    expect(body.milestones).toEqual([
      expect.objectContaining({ id: open.id, unassigned: true, overdue: true }),
    ]);
    expect(body.reportRequests).toEqual([]);
  });

  it("gives the steering group the initiatives they are named responsible for, not their organisation's", async () => {
    // Bo (CED) is responsible for A.2 and B.1, and CED leads A.2 and A.3: reminders about
    // A.2's milestones without anybody responsible go to him, as the links in them lead here.
    const { a2, b1 } = w.initiatives;
    const unassigned = await w.f.milestone({ initiativeId: a2.id, dueDate: '2017-05-01' });
    const body = await myWork(w.accounts.steering.agent);
    expect(body.initiatives.map((i) => i.id)).toEqual([a2.id, b1.id]);
    expect(body.milestones).toEqual([
      expect.objectContaining({ id: unassigned.id, unassigned: true, overdue: true }),
      expect.objectContaining({ id: w.milestones.rapport.id, status: 'done', unassigned: false }),
    ]);
    expect(body.reportRequests).toEqual([]);
  });

  it('gives the secretariat empty lists when nothing is theirs', async () => {
    expect(await myWork(w.accounts.secretariat.agent)).toEqual({
      today: TODAY,
      initiatives: [],
      milestones: [],
      reportRequests: [],
      figureRequests: [],
    });
  });

  it('answers 400 naming an unknown query parameter, and 401 to someone not signed in', async () => {
    expectError(
      await w.accounts.anna.agent.get('/api/my-work?person=1'),
      400,
      'unknown query parameter: person',
    );
    expectError(await t.http().get('/api/my-work'), 401, 'sign in first');
  });
});
