import type {
  AuditEventRecord,
  MyWork,
  ReportingRoundRecord,
  RoundCompletionRow,
  RoundFigureRow,
  RoundOutcomeRecord,
  RoundReport,
} from '@pejling/contracts';
import { hashPassword } from '../../auth/passwords';
import {
  Agent,
  makeAccount,
  PASSWORD,
  SignedInWorld,
  signIn,
  useSignedInWorld,
} from '../../testing/accounts';
import { databaseSnapshot, idsOf, totalOf } from '../../testing/expectations';
import type { TestApp } from '../../testing/test-app';
import { pageTexts } from '../../testing/pdf-text';

/**
 * A reporting round from draft to closed, as the secretariat, owners and the steering
 * group use it, against real Postgres with real sessions.
 */
describe('reporting rounds', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const secretariat = () => w.accounts.secretariat.agent;
  const ROUND = {
    title: 'Styregruppemøde september 2017',
    dueDate: '2017-09-01',
    meetingDate: '2017-09-14',
  };

  async function createRound(body: object = {}): Promise<ReportingRoundRecord> {
    const res = await secretariat()
      .post('/api/reporting-rounds')
      .send({ strategyId: w.strategies.klynge.id, ...ROUND, ...body });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function openRound(body: object = {}): Promise<ReportingRoundRecord> {
    const round = await createRound(body);
    const res = await secretariat().post(`/api/reporting-rounds/${round.id}/open`);
    expect(res.status).toBe(200);
    return res.body;
  }

  const completion = async (id: number): Promise<Record<string, string>> => {
    const res = await secretariat().get(`/api/reporting-rounds/${id}/completion`);
    expect(res.status).toBe(200);
    return Object.fromEntries(
      (res.body as RoundCompletionRow[]).map((row) => [row.initiativeCode, row.completion]),
    );
  };

  const report = async (agent: Agent, roundId: number, body: object = {}) =>
    agent.post('/api/status-reports').send({
      roundId,
      initiativeId: w.initiatives.a1.id,
      health: 'amber',
      summary: 'Workshoppen er holdt',
      risks: 'Forsinket evaluering',
      nextSteps: 'Rapport i oktober',
      state: 'submitted',
      ...body,
    });

  it('asks, by default, the strategy’s initiatives that are still under way', async () => {
    const round = await createRound();
    const underWay = [w.initiatives.a1.id, w.initiatives.a2.id, w.extra.initiative.id].sort(
      (a, b) => a - b,
    );
    expect(round).toMatchObject({
      ...ROUND,
      state: 'draft',
      initiativeIds: underWay,
      submitted: 0,
      drafts: 0,
      missing: 3,
      openedAt: null,
      closedAt: null,
      reviewedBy: [],
    });
  });

  it('takes a report with milestone updates from an owner, and shows it on the completion board', async () => {
    const round = await openRound();
    expect(round).toMatchObject({ state: 'open', openedAt: expect.any(String) });
    const workshop = w.milestones.workshop;
    const res = await report(w.accounts.anna.agent, round.id, {
      milestoneUpdates: [{ id: workshop.id, version: workshop.version, status: 'done' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      roundId: round.id,
      authorPersonId: w.accounts.anna.id,
      state: 'submitted',
    });
    const milestone = (await secretariat().get(`/api/milestones/${workshop.id}`)).body;
    expect(milestone).toMatchObject({
      status: 'done',
      completedOn: '2017-06-15',
      version: workshop.version + 1,
    });

    // Dorte drafts one for A.2, which her organisation leads.
    const draft = await report(w.accounts.dorte.agent, round.id, {
      initiativeId: w.initiatives.a2.id,
      state: 'draft',
    });
    expect(draft.status).toBe(201);
    expect(await completion(round.id)).toEqual({
      'A.1': 'submitted',
      'A.2': 'draft',
      'A.3': 'missing',
    });
    expect((await secretariat().get(`/api/reporting-rounds/${round.id}`)).body).toMatchObject({
      submitted: 1,
      drafts: 1,
      missing: 1,
    });
    const filtered = await secretariat().get(
      `/api/status-reports?filter=${JSON.stringify({ roundId: round.id })}`,
    );
    expect(filtered.body.map((r: { id: number }) => r.id).sort()).toEqual(
      [res.body.id, draft.body.id].sort(),
    );
  });

  it('writes a report’s milestone update as a PUT would: one audit event of the same shape', async () => {
    const round = await openRound();
    const workshop = w.milestones.workshop;
    const before = (await secretariat().get(`/api/milestones/${workshop.id}`)).body;
    await report(w.accounts.anna.agent, round.id, {
      milestoneUpdates: [{ id: workshop.id, version: workshop.version, status: 'done' }],
    });
    const after = (await secretariat().get(`/api/milestones/${workshop.id}`)).body;
    const [event] = (
      await secretariat()
        .get('/api/audit-events')
        .query({
          filter: JSON.stringify({ resource: 'milestones', recordId: workshop.id }),
          sort: '["id","DESC"]',
          range: '[0,0]',
        })
    ).body;
    expect(event).toMatchObject({ action: 'update', personName: 'Anna Holm', before, after });
    expect(Object.keys(event.after).sort()).toEqual(Object.keys(after).sort());
  });

  it('saves a report and its milestone updates together, or neither', async () => {
    const round = await openRound();
    const workshop = w.milestones.workshop;
    const stale = await report(w.accounts.anna.agent, round.id, {
      milestoneUpdates: [{ id: workshop.id, version: workshop.version + 5, status: 'done' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: workshop.id, status: 'planned' });
    const foreign = await report(w.accounts.anna.agent, round.id, {
      milestoneUpdates: [{ id: w.milestones.kickoff.id, version: 1, status: 'done' }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.message).toMatch(
      /milestoneUpdates\.0\.id: milestone \d+ is not one of this initiative's/,
    );
    const incomplete = await report(w.accounts.anna.agent, round.id, {
      milestoneUpdates: [{ id: workshop.id }],
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'milestoneUpdates.0.version',
      'milestoneUpdates.0.status',
    ]);
    expect(await completion(round.id)).toMatchObject({ 'A.1': 'missing' });
  });

  it('lets an owner report only on their own initiatives, in an open round, for initiatives it asks', async () => {
    const round = await openRound({ initiativeIds: [w.initiatives.a1.id] });
    const notHers = await report(w.accounts.dorte.agent, round.id);
    expect(notHers.status).toBe(403);
    const notAsked = await report(w.accounts.dorte.agent, round.id, {
      initiativeId: w.initiatives.a2.id,
    });
    expect(notAsked.status).toBe(400);
    expect(notAsked.body.errors[0].field).toBe('initiativeId');
    const draftRound = await createRound();
    const notOpen = await report(w.accounts.anna.agent, draftRound.id);
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.message).toMatch(/is draft: reports answer a round while it is open/);
    const steering = await report(w.accounts.steering.agent, round.id);
    expect(steering.status).toBe(403);
  });

  it('keeps a submitted report as it is; a correction supersedes it in the round’s report', async () => {
    const round = await openRound();
    const first = (await report(w.accounts.anna.agent, round.id)).body;
    const edit = await w.accounts.anna.agent
      .put(`/api/status-reports/${first.id}`)
      .send({ ...first, summary: 'Noget andet' });
    expect(edit.status).toBe(409);
    const correction = await report(w.accounts.anna.agent, round.id, {
      supersedesId: first.id,
      health: 'red',
      summary: 'Rettelse: workshoppen blev udskudt',
    });
    expect(correction.status).toBe(201);
    const again = await report(w.accounts.anna.agent, round.id, { supersedesId: first.id });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already been corrected/);

    const compiled: RoundReport = (
      await secretariat().get(`/api/reporting-rounds/${round.id}/report`)
    ).body;
    const a1 = compiled.focusAreas[0].initiatives.find((i) => i.code === 'A.1');
    expect(a1).toMatchObject({
      health: 'red',
      report: { id: correction.body.id, summary: 'Rettelse: workshoppen blev udskudt' },
    });
  });

  it('shows, where the round has no answer, the latest report submitted before it, marked so', async () => {
    const round = await openRound();
    await report(w.accounts.anna.agent, round.id);
    // Days before, outside any round: A.2's owner reported, twice, and drafted once more.
    const outside = (body: object) =>
      report(w.accounts.dorte.agent, 0, {
        roundId: null,
        initiativeId: w.initiatives.a2.id,
        health: 'red',
        ...body,
      }).then((res) => {
        expect(res.status).toBe(201);
        return res.body as { id: number };
      });
    await outside({ summary: 'Første' });
    const latest = await outside({ summary: 'Seneste' });
    await outside({ summary: 'Kladde', state: 'draft' });

    const closed = await secretariat().post(`/api/reporting-rounds/${round.id}/close`).expect(200);
    await outside({ summary: 'Efter lukningen' });
    const compiled: RoundReport = (
      await secretariat().get(`/api/reporting-rounds/${round.id}/report`)
    ).body;
    const [a1, a2, a3] = compiled.focusAreas[0].initiatives;
    expect(a1).toMatchObject({ code: 'A.1', report: { outsideRound: false } });
    expect(a2).toMatchObject({
      code: 'A.2',
      // The health the initiative has: the report does not answer this round.
      health: 'amber',
      report: {
        id: latest.id,
        summary: 'Seneste',
        authorName: 'Dorte Dahl',
        outsideRound: true,
        submittedAt: expect.any(String),
      },
    });
    expect(Date.parse(a2.report?.submittedAt ?? '')).toBeLessThanOrEqual(
      Date.parse(closed.body.closedAt),
    );
    expect(a3).toMatchObject({ code: 'A.3', report: null });
  });

  it('freezes the report when the round closes: later changes to the plan do not touch it', async () => {
    const round = await openRound();
    await report(w.accounts.anna.agent, round.id);
    const closed = await secretariat().post(`/api/reporting-rounds/${round.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', closedAt: expect.any(String) });

    const before: RoundReport = (
      await secretariat().get(`/api/reporting-rounds/${round.id}/report`)
    ).body;
    expect(before).toMatchObject({
      frozen: true,
      asOf: '2017-06-15',
      previousRound: null,
      round: { id: round.id, state: 'closed', closedAt: closed.body.closedAt },
    });
    expect(before.focusAreas.map((a) => [a.code, a.byHealth])).toEqual([
      ['A', { green: 1, amber: 2, red: 0, none: 0 }],
    ]);
    const a1 = before.focusAreas[0].initiatives[0];
    expect(a1).toMatchObject({ code: 'A.1', progress: 50, change: null });
    expect(a1.overdue.map((m) => [m.title, m.daysLate])).toEqual([['Workshop om fødevarer', 106]]);
    expect(before.targets.map((target) => target.number)).toEqual([1, 5]);

    // The plan moves on; the round's report does not.
    const workshop = w.milestones.workshop;
    await secretariat()
      .put(`/api/milestones/${workshop.id}`)
      .send({ ...workshop, status: 'done', completedOn: '2017-06-15' })
      .expect(200);
    await secretariat()
      .put(`/api/initiatives/${w.initiatives.a1.id}`)
      .send({
        ...(await secretariat().get(`/api/initiatives/${w.initiatives.a1.id}`)).body,
        title: 'Nyt navn',
      })
      .expect(200);
    const after: RoundReport = (await secretariat().get(`/api/reporting-rounds/${round.id}/report`))
      .body;
    expect(after).toEqual(before);

    // Nothing about a closed round changes, and nothing answers it any more.
    const edit = await secretariat()
      .put(`/api/reporting-rounds/${round.id}`)
      .send({ ...closed.body, title: 'Andet' });
    expect(edit.status).toBe(409);
    expect((await report(w.accounts.anna.agent, round.id)).status).toBe(409);
    expect((await secretariat().post(`/api/reporting-rounds/${round.id}/close`)).status).toBe(409);
    expect((await secretariat().delete(`/api/reporting-rounds/${round.id}`)).status).toBe(409);

    // The next round compares with this one.
    const next = await openRound({
      title: 'Styregruppemøde december 2017',
      dueDate: '2017-12-01',
      meetingDate: '2017-12-14',
    });
    const compared: RoundReport = (
      await secretariat().get(`/api/reporting-rounds/${next.id}/report`)
    ).body;
    expect(compared.previousRound).toMatchObject({ id: round.id });
    expect(compared.focusAreas[0].initiatives[0]).toMatchObject({
      code: 'A.1',
      title: 'Nyt navn',
      progress: 100,
      change: { progress: 50, health: 'amber' },
    });
  });

  it('counts an initiative’s moved milestones and keeps the due date each was planned with', async () => {
    const round = await openRound();
    const workshop = w.milestones.workshop;
    await secretariat()
      .put(`/api/milestones/${workshop.id}`)
      .send({ ...workshop, dueDate: '2017-07-01' })
      .expect(200);
    const { body }: { body: RoundReport } = await secretariat().get(
      `/api/reporting-rounds/${round.id}/report`,
    );
    const a1 = body.focusAreas[0].initiatives.find((i) => i.code === 'A.1');
    expect(a1?.milestonesMoved).toBe(1);
    expect(a1?.overdue).toEqual([]);
    expect(a1?.upcoming).toEqual([
      expect.objectContaining({
        title: 'Workshop om fødevarer',
        dueDate: '2017-07-01',
        originalDueDate: workshop.dueDate,
      }),
    ]);
    const others = body.focusAreas.flatMap((area) => area.initiatives).filter((i) => i !== a1);
    expect(others.map((i) => i.milestonesMoved)).toEqual(others.map(() => 0));
  });

  it('assesses each target on the report’s day and counts the health of the initiatives that should move it', async () => {
    const round = await openRound();
    const { body }: { body: RoundReport } = await secretariat().get(
      `/api/reporting-rounds/${round.id}/report`,
    );
    const target = body.targets.find((x) => x.id === w.targets.virksomheder.id);
    // A.1 (green) should move it; 1,600 in 2014 is its baseline, which says nothing yet.
    expect(target?.linkedHealth).toEqual({ green: 1, amber: 0, red: 0, none: 0 });
    expect(target?.series[0].assessment).toMatchObject({
      year: 2017,
      expected: 1900,
      onTrack: null,
      projected: null,
    });
  });

  it('hands the steering group the report as a PDF, in Danish or English, with its text extractable', async () => {
    const round = await openRound();
    await report(w.accounts.anna.agent, round.id);
    await secretariat().post(`/api/reporting-rounds/${round.id}/close`).expect(200);
    const pdf = async (query: string) =>
      w.accounts.steering.agent
        .get(`/api/reporting-rounds/${round.id}/report.pdf${query}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });

    const danish = await pdf('');
    expect(danish.status).toBe(200);
    expect(danish.headers['content-type']).toBe('application/pdf');
    const pages = await pageTexts(danish.body);
    const text = pages.join('\n');
    expect(text).toContain('Styregruppemøde september 2017');
    expect(text).toContain('Brobygning til forskning');
    expect(text).toContain('Workshoppen er holdt');
    expect(pages[0]).toContain(`Side 1 af ${pages.length}`);

    const english = await pageTexts((await pdf('?lang=en')).body);
    expect(english[0]).toContain(`Page 1 of ${english.length}`);
    const bad = await w.accounts.steering.agent.get(
      `/api/reporting-rounds/${round.id}/report.pdf?lang=fr`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('lang');
  });

  it('lets the steering group record decisions and action items, and mark the closed round reviewed', async () => {
    const round = await openRound();
    const steering = w.accounts.steering.agent;
    const decision = await steering
      .post('/api/round-outcomes')
      .send({ roundId: round.id, kind: 'decision', text: 'Evalueringen fremrykkes' });
    expect(decision.status).toBe(201);
    expect(decision.body).toMatchObject({
      createdByPersonId: w.accounts.steering.id,
      milestoneId: null,
    });
    const action = await steering.post('/api/round-outcomes').send({
      roundId: round.id,
      kind: 'action',
      text: 'Oplæg om finansiering af klyngerne',
      responsiblePersonId: w.accounts.anna.id,
      dueDate: '2017-10-01',
      initiativeId: w.initiatives.a1.id,
    });
    expect(action.status).toBe(201);
    // The action item became a milestone of A.1, which reminders cover.
    const milestone = (await secretariat().get(`/api/milestones/${action.body.milestoneId}`)).body;
    expect(milestone).toMatchObject({
      initiativeId: w.initiatives.a1.id,
      title: 'Oplæg om finansiering af klyngerne',
      dueDate: '2017-10-01',
      responsiblePersonId: w.accounts.anna.id,
      status: 'planned',
    });
    expect(
      (
        await w.accounts.anna.agent
          .post('/api/round-outcomes')
          .send({ roundId: round.id, kind: 'decision', text: 'Nej' })
      ).status,
    ).toBe(403);
    const noDue = await steering.post('/api/round-outcomes').send({
      roundId: round.id,
      kind: 'action',
      text: 'Uden frist',
      initiativeId: w.initiatives.a1.id,
    });
    expect(noDue.status).toBe(400);
    expect(noDue.body.errors[0].field).toBe('dueDate');

    expect((await steering.post(`/api/reporting-rounds/${round.id}/review`)).status).toBe(409);
    await secretariat().post(`/api/reporting-rounds/${round.id}/close`).expect(200);
    const reviewed = await steering.post(`/api/reporting-rounds/${round.id}/review`);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.reviewedBy).toEqual([
      { personId: w.accounts.steering.id, name: w.accounts.steering.name, at: expect.any(String) },
    ]);
    expect((await secretariat().post(`/api/reporting-rounds/${round.id}/review`)).status).toBe(403);

    const compiled: RoundReport = (await steering.get(`/api/reporting-rounds/${round.id}/report`))
      .body;
    expect(compiled.outcomes.map((o) => [o.kind, o.text])).toEqual([
      ['decision', 'Evalueringen fremrykkes'],
      ['action', 'Oplæg om finansiering af klyngerne'],
    ]);
  });

  it('lets only whoever recorded a decision, or the secretariat, change or delete it, and no one once the round is reviewed', async () => {
    const round = await openRound();
    const bo = w.accounts.steering.agent;
    const recorded = await bo
      .post('/api/round-outcomes')
      .send({ roundId: round.id, kind: 'decision', text: 'Evalueringen fremrykkes' });
    expect(recorded.status).toBe(201);
    const decision: RoundOutcomeRecord = recorded.body;
    expect(decision).toMatchObject({
      createdByPersonId: w.accounts.steering.id,
      roundReviewed: false,
    });
    // Another member of the steering group.
    const eva = await secretariat()
      .post('/api/people')
      .send({ name: 'Eva Ebbesen', email: 'eva@styregruppe.dk', role: 'steering' });
    await makeAccount(t, eva.body.id, await hashPassword(PASSWORD));
    const other = await signIn(t, 'eva@styregruppe.dk');

    const unchanged = await databaseSnapshot(t);
    const edit = (agent: Agent, outcome: RoundOutcomeRecord, text: string) =>
      agent.put(`/api/round-outcomes/${outcome.id}`).send({ ...outcome, text });
    for (const res of [
      await edit(other, decision, 'Evalueringen udskydes'),
      await other.delete(`/api/round-outcomes/${decision.id}`),
    ]) {
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 403,
        message: `round outcome ${decision.id} was recorded by someone else: only they or the secretariat may change or delete it`,
      });
    }
    expect(await databaseSnapshot(t)).toEqual(unchanged);

    const byAuthor = await edit(bo, decision, 'Evalueringen fremrykkes til august');
    expect(byAuthor.status).toBe(200);
    const bySecretariat = await edit(
      secretariat(),
      byAuthor.body,
      'Evalueringen fremrykkes til juli',
    );
    expect(bySecretariat.status).toBe(200);

    await secretariat().post(`/api/reporting-rounds/${round.id}/close`).expect(200);
    await bo.post(`/api/reporting-rounds/${round.id}/review`).expect(200);
    const final: RoundOutcomeRecord = (await bo.get(`/api/round-outcomes/${decision.id}`)).body;
    expect(final).toMatchObject({ text: 'Evalueringen fremrykkes til juli', roundReviewed: true });
    const reviewed = await databaseSnapshot(t);
    for (const res of [
      await edit(bo, final, 'Evalueringen aflyses'),
      await edit(secretariat(), final, 'Evalueringen aflyses'),
      await secretariat().delete(`/api/round-outcomes/${decision.id}`),
      await bo
        .post('/api/round-outcomes')
        .send({ roundId: round.id, kind: 'decision', text: 'Endnu en beslutning' }),
    ]) {
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 409,
        message: `reporting round ${round.id} has been marked reviewed: its decisions and action items are final`,
      });
    }
    expect(await databaseSnapshot(t)).toEqual(reviewed);
  });

  it('shows a draft only to those who report on its initiative and to the secretariat, wherever it appears', async () => {
    const round = await openRound();
    const draft = await report(w.accounts.anna.agent, round.id, {
      state: 'draft',
      summary: 'Udkast: workshoppen gik skævt',
    });
    expect(draft.status).toBe(201);
    const reports = (agent: Agent) =>
      agent.get('/api/status-reports').query({ filter: JSON.stringify({ roundId: round.id }) });
    const boardRow = async (agent: Agent) =>
      (
        (await agent.get(`/api/reporting-rounds/${round.id}/completion`))
          .body as RoundCompletionRow[]
      ).find((row) => row.initiativeId === w.initiatives.a1.id);
    const trail = (agent: Agent) =>
      agent.get('/api/audit-events').query({
        filter: JSON.stringify({ resource: 'status-reports', recordId: draft.body.id }),
        sort: '["id","ASC"]',
      });

    // Anna wrote it on her A.1; the secretariat keeps the rounds.
    for (const agent of [w.accounts.anna.agent, secretariat()]) {
      expect(idsOf(await reports(agent))).toEqual([draft.body.id]);
      expect((await agent.get(`/api/status-reports/${draft.body.id}`)).body).toMatchObject({
        summary: 'Udkast: workshoppen gik skævt',
      });
      expect(await boardRow(agent)).toMatchObject({ completion: 'draft', reportId: draft.body.id });
    }
    expect(idsOf(await trail(secretariat()))).toHaveLength(1);

    // The steering group, and Dorte, whose organisation leads other initiatives.
    for (const agent of [w.accounts.steering.agent, w.accounts.dorte.agent]) {
      const list = await reports(agent);
      expect({ ids: idsOf(list), total: totalOf(list) }).toEqual({ ids: [], total: 0 });
      const one = await agent.get(`/api/status-reports/${draft.body.id}`);
      expect({ status: one.status, message: one.body.message }).toEqual({
        status: 403,
        message: `status report ${draft.body.id}: it is a draft, and a draft report is read only by the secretariat and by those who report on its initiative`,
      });
      // That Anna has begun is no secret; what she wrote is.
      expect(await boardRow(agent)).toMatchObject({
        completion: 'draft',
        reportId: null,
        authorName: w.accounts.anna.name,
      });
    }
    const steering = w.accounts.steering.agent;
    const hidden = await trail(steering);
    expect({ ids: idsOf(hidden), total: totalOf(hidden) }).toEqual({ ids: [], total: 0 });
    const [created] = (await trail(secretariat())).body as AuditEventRecord[];
    expect((await steering.get(`/api/audit-events/${created.id}`)).status).toBe(403);
    // All the world's drafts are left out, and the total counts only what is shown.
    const [{ submitted }] = await t.dataSource.query(
      `SELECT count(*)::int AS submitted FROM status_reports WHERE state = 'submitted'`,
    );
    const all = await steering.get('/api/status-reports');
    expect({ total: totalOf(all), shown: all.body.length }).toEqual({
      total: submitted,
      shown: submitted,
    });

    // Once submitted, it is everyone's; the draft before it stays Anna's and the secretariat's.
    await w.accounts.anna.agent
      .put(`/api/status-reports/${draft.body.id}`)
      .send({ ...draft.body, summary: 'Workshoppen er holdt', state: 'submitted' })
      .expect(200);
    expect((await steering.get(`/api/status-reports/${draft.body.id}`)).status).toBe(200);
    const seen = (await trail(steering)).body as AuditEventRecord[];
    expect(seen.map((e) => [e.action, e.before, e.after?.['summary']])).toEqual([
      ['update', null, 'Workshoppen er holdt'],
    ]);
    const kept = (await trail(secretariat())).body as AuditEventRecord[];
    expect(kept.map((e) => e.before?.['summary'] ?? null)).toEqual([
      null,
      'Udkast: workshoppen gik skævt',
    ]);
  });

  describe('asking the data owners for the targets’ figures of a year', () => {
    /**
     * Target 1 (broken down by region) is CED's, for whom its owner Dorte speaks; target 5
     * is UFM's, naming Anna. For 2016 Dorte has proposed Sjælland's figure and Syddanmark's,
     * which the secretariat returned; target 5's silver figure is not there. The other
     * strategy's target has a data owner too, and is not asked.
     */
    beforeEach(async () => {
      const { virksomheder, guld, digital } = w.targets;
      const { ufm, ced } = w.organisations;
      await t.dataSource.query(
        `UPDATE targets SET data_owner_organisation_id = $2, data_owner_person_id = $3 WHERE id = $1`,
        [guld.id, ufm.id, w.people.anna.id],
      );
      await t.dataSource.query(
        `UPDATE targets SET data_owner_organisation_id = $2 WHERE id = ANY($1)`,
        [[virksomheder.id, digital.id], ced.id],
      );
      await secretariat().delete(`/api/measurements/${w.measurements.soelv2016.id}`).expect(200);
      const propose = async (region: string, value: number) =>
        (
          await w.accounts.dorte.agent
            .post('/api/measurements')
            .send({
              targetId: virksomheder.id,
              seriesKey: 'main',
              year: 2016,
              region,
              value,
              source: 'Opgørelse',
            })
            .expect(201)
        ).body;
      await propose('sjaelland', 240);
      const returned = await propose('syddanmark', 9999);
      await secretariat()
        .post(`/api/measurements/${returned.id}/return`)
        .send({ version: returned.version, reason: 'Tallet er for højt' })
        .expect(200);
    });

    const figures = async (agent: Agent, roundId: number): Promise<RoundFigureRow[]> =>
      (await agent.get(`/api/reporting-rounds/${roundId}/figures`).expect(200)).body;
    /** Each figure as [target, series, region, state, value]. */
    const standing = (rows: RoundFigureRow[]) =>
      rows.map((row) => [row.targetNumber, row.seriesKey, row.region, row.state, row.value]);

    it('takes the year from the secretariat, 1900 to 2200, audited, and keeps it once the round is open', async () => {
      for (const figuresYear of [1899, 2201, 2016.5, '2016']) {
        const res = await secretariat()
          .post('/api/reporting-rounds')
          .send({ strategyId: w.strategies.klynge.id, ...ROUND, figuresYear });
        expect({ figuresYear, status: res.status, message: res.body.message }).toEqual({
          figuresYear,
          status: 400,
          message: expect.stringContaining('figuresYear'),
        });
      }
      const round = await createRound({ figuresYear: 2016 });
      expect(round.figuresYear).toBe(2016);
      expect((await createRound()).figuresYear).toBeNull();
      const [event] = (
        await secretariat()
          .get('/api/audit-events')
          .query({ filter: JSON.stringify({ resource: 'reporting-rounds', recordId: round.id }) })
      ).body as AuditEventRecord[];
      expect(event).toMatchObject({ action: 'create', after: { figuresYear: 2016 } });

      const opened = (await secretariat().post(`/api/reporting-rounds/${round.id}/open`)).body;
      const { figuresYear, ...without } = opened;
      expect(figuresYear).toBe(2016);
      const kept = await secretariat()
        .put(`/api/reporting-rounds/${round.id}`)
        .send({ ...without, title: 'Nyt navn' });
      expect(kept.status).toBe(200);
      expect(kept.body).toMatchObject({ title: 'Nyt navn', figuresYear: 2016 });
      const changed = await secretariat()
        .put(`/api/reporting-rounds/${round.id}`)
        .send({ ...kept.body, figuresYear: 2017 });
      expect(changed.status).toBe(403);
      expect(changed.body.message).toMatch(/figuresYear: the scope is fixed/);
    });

    it('shows where each figure stands, a figure per region for a target broken down by region', async () => {
      const round = await createRound({ figuresYear: 2016 });
      const all = await figures(secretariat(), round.id);
      expect(standing(all)).toEqual([
        [1, 'main', 'hovedstaden', 'approved', 1750],
        [1, 'main', 'sjaelland', 'proposed', 240],
        [1, 'main', 'syddanmark', 'returned', 9999],
        [1, 'main', 'midtjylland', 'missing', null],
        [1, 'main', 'nordjylland', 'missing', null],
        [5, 'gold', null, 'approved', 8],
        [5, 'silver', null, 'missing', null],
      ]);
      expect(all[6]).toMatchObject({
        targetTitle: 'Klynger med guldmærke',
        seriesLabel: 'Sølvklynger',
        dataOwnerOrganisationName: 'Uddannelses- og Forskningsministeriet',
        dataOwnerPersonId: w.people.anna.id,
        dataOwnerPersonName: 'Anna Holm',
        measurementId: null,
        yours: false,
      });
      expect(all[2]).toMatchObject({
        returnReason: 'Tallet er for højt',
        measurementId: expect.any(Number),
      });

      // What awaits approval is the secretariat's and the data owner's to read.
      const steering = await figures(w.accounts.steering.agent, round.id);
      expect(steering[1]).toMatchObject({ state: 'proposed', value: null, measurementId: null });
      expect(steering[2]).toMatchObject({ state: 'returned', value: null, returnReason: null });
      const dorte = await figures(w.accounts.dorte.agent, round.id);
      expect(dorte.map((row) => row.yours)).toEqual([true, true, true, true, true, false, false]);
      expect(dorte[2]).toMatchObject({ value: 9999, returnReason: 'Tallet er for højt' });
      const anna = await figures(w.accounts.anna.agent, round.id);
      expect(anna.map((row) => row.yours)).toEqual([false, false, false, false, false, true, true]);
      expect(anna[1].value).toBeNull();

      // A round that asks for none.
      expect(await figures(secretariat(), (await createRound()).id)).toEqual([]);
    });

    it('lists the open round’s missing and returned figures in the data owners’ My work', async () => {
      const round = await openRound({ figuresYear: 2016 });
      const myWork = async (agent: Agent): Promise<MyWork> =>
        (await agent.get('/api/my-work').expect(200)).body;
      expect((await myWork(w.accounts.dorte.agent)).figureRequests).toEqual([
        {
          roundId: round.id,
          roundTitle: ROUND.title,
          dueDate: ROUND.dueDate,
          overdue: false,
          year: 2016,
          outstanding: 3,
          path: `/reporting-rounds/${round.id}/figures`,
        },
      ]);
      expect((await myWork(w.accounts.anna.agent)).figureRequests).toMatchObject([
        { roundId: round.id, outstanding: 1 },
      ]);
      expect((await myWork(w.accounts.steering.agent)).figureRequests).toEqual([]);
    });

    it('freezes the figures as they stand at closing: one approved afterwards counts in the plan, not in the snapshot', async () => {
      const round = await openRound({ figuresYear: 2016 });
      await secretariat().post(`/api/reporting-rounds/${round.id}/close`).expect(200);
      const frozen: RoundReport = (
        await w.accounts.steering.agent.get(`/api/reporting-rounds/${round.id}/report`)
      ).body;
      expect(frozen.figures?.year).toBe(2016);
      expect(standing(frozen.figures?.rows as RoundFigureRow[])).toEqual([
        [1, 'main', 'hovedstaden', 'approved', 1750],
        [1, 'main', 'sjaelland', 'proposed', null],
        [1, 'main', 'syddanmark', 'returned', null],
        [1, 'main', 'midtjylland', 'missing', null],
        [1, 'main', 'nordjylland', 'missing', null],
        [5, 'gold', null, 'approved', 8],
        [5, 'silver', null, 'missing', null],
      ]);

      const [proposed] = (await figures(secretariat(), round.id)).filter(
        (row) => row.state === 'proposed',
      );
      const measurement = (
        await secretariat().get(`/api/measurements/${proposed.measurementId}`).expect(200)
      ).body;
      await secretariat()
        .post(`/api/measurements/${measurement.id}/approve`)
        .send({ version: measurement.version })
        .expect(200);
      expect((await figures(secretariat(), round.id))[1]).toMatchObject({
        state: 'approved',
        value: 240,
      });
      const after = (await secretariat().get(`/api/reporting-rounds/${round.id}/report`)).body;
      expect(after.figures).toEqual(frozen.figures);

      const pdf = await w.accounts.steering.agent
        .get(`/api/reporting-rounds/${round.id}/report.pdf`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const text = (await pageTexts(pdf.body)).join('\n');
      expect(text).toContain('Tal til pejlemærkerne for 2016');
      expect(text).toContain('2 af 7 tal er godkendt.');
    });
  });

  it('refuses what cannot be, with a 4xx that names it', async () => {
    const bad = async (body: object, field: string) => {
      const res = await secretariat()
        .post('/api/reporting-rounds')
        .send({ strategyId: w.strategies.klynge.id, ...ROUND, ...body });
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 400,
        message: expect.stringContaining(field),
      });
    };
    await bad({ meetingDate: '2017-08-01' }, 'meetingDate');
    await bad({ initiativeIds: [w.initiatives.vaekstA1.id] }, 'initiativeIds');
    await bad({ title: '' }, 'title');
    await bad({ state: 'open' }, 'state');

    const empty = await createRound({ initiativeIds: [] });
    const opened = await secretariat().post(`/api/reporting-rounds/${empty.id}/open`);
    expect(opened.status).toBe(409);
    expect(opened.body.message).toMatch(/no initiatives to ask/);

    const open = await openRound();
    expect((await secretariat().post(`/api/reporting-rounds/${open.id}/open`)).status).toBe(409);
    expect((await secretariat().delete(`/api/reporting-rounds/${open.id}`)).status).toBe(409);
    const rescope = await secretariat()
      .put(`/api/reporting-rounds/${open.id}`)
      .send({ ...open, initiativeIds: [w.initiatives.a1.id] });
    expect(rescope.status).toBe(403);
    expect(rescope.body.message).toMatch(/scope is fixed/);
    expect(
      (await w.accounts.anna.agent.post(`/api/reporting-rounds/${open.id}/close`)).status,
    ).toBe(403);
    expect((await secretariat().get('/api/reporting-rounds/99999/report')).status).toBe(404);
  });
});
