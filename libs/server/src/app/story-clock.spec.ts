import type { AuditEventRecord } from '@pejling/contracts';
import { PLAN_TIME_ZONE, storyTime } from '../core/clock/clock';
import { SignedInWorld, useSignedInWorld } from '../testing/accounts';
import type { TestApp } from '../testing/test-app';

/** The test world's fixed date (createTestApp's default): the product's today. */
const TODAY = '2017-06-15';

/** The Copenhagen day an instant falls on. */
const dayOf = (instant: unknown) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: PLAN_TIME_ZONE }).format(
    new Date(instant as string),
  );

/**
 * Two clocks: with the date fixed (the demo, these tests), everything that belongs to the
 * plan's story happens on that date, at the real time of day; security timers keep real time.
 */
describe('the story’s clock', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });
  const secretariat = () => w.accounts.secretariat.agent;

  it('dates records, their changes, comments, a calendar feed and the audit trail on the product’s today', async () => {
    const milestone = (await secretariat().get(`/api/milestones/${w.milestones.workshop.id}`)).body;
    const changed = await secretariat()
      .put(`/api/milestones/${milestone.id}`)
      .send({ ...milestone, title: 'Workshop om eksport' })
      .expect(200);
    const comment = await w.accounts.anna.agent
      .post('/api/comments')
      .send({ initiativeId: w.initiatives.a1.id, body: 'Første udkast' })
      .expect(201);
    const edited = await w.accounts.anna.agent
      .put(`/api/comments/${comment.body.id}`)
      .send({ ...comment.body, body: 'Andet udkast' })
      .expect(200);
    const feed = await w.accounts.anna.agent.post('/api/calendar-link').expect(201);
    const anna = (await secretariat().get(`/api/people/${w.accounts.anna.id}`).expect(200)).body;
    const [event] = (
      await secretariat()
        .get('/api/audit-events')
        .query({ sort: '["id","DESC"]', range: '[0,0]' })
        .expect(200)
    ).body as AuditEventRecord[];

    expect(
      [
        changed.body.updatedAt,
        comment.body.createdAt,
        edited.body.editedAt,
        edited.body.updatedAt,
        feed.body.createdAt,
        anna.calendarFeedSince,
        event.at,
      ].map(dayOf),
    ).toEqual([TODAY, TODAY, TODAY, TODAY, TODAY, TODAY, TODAY]);
    // The real time of day in Copenhagen, on the fixed date.
    const expected = storyTime(new Date(), TODAY).getTime();
    expect(Math.abs(new Date(event.at).getTime() - expected)).toBeLessThan(120_000);
  });

  it('dates a round’s opening, closing and review, and a report’s submission, on the product’s today', async () => {
    const round = (
      await secretariat()
        .post('/api/reporting-rounds')
        .send({
          strategyId: w.strategies.klynge.id,
          title: 'Styregruppemøde juni 2017',
          dueDate: '2017-06-20',
          meetingDate: '2017-06-22',
        })
        .expect(201)
    ).body;
    await secretariat().post(`/api/reporting-rounds/${round.id}/open`).expect(200);
    const report = await w.accounts.anna.agent
      .post('/api/status-reports')
      .send({
        roundId: round.id,
        initiativeId: w.initiatives.a1.id,
        health: 'green',
        summary: 'Godt i gang',
        risks: '',
        nextSteps: '',
        state: 'submitted',
      })
      .expect(201);
    await secretariat().post(`/api/reporting-rounds/${round.id}/close`).expect(200);
    const reviewed = (
      await w.accounts.steering.agent.post(`/api/reporting-rounds/${round.id}/review`).expect(200)
    ).body;
    const frozen = (await secretariat().get(`/api/reporting-rounds/${round.id}/report`)).body;

    expect(
      [
        reviewed.openedAt,
        reviewed.closedAt,
        reviewed.reviewedBy[0].at,
        report.body.submittedAt,
        frozen.round.closedAt,
      ].map(dayOf),
    ).toEqual([TODAY, TODAY, TODAY, TODAY, TODAY]);
  });

  it('keeps real time for sessions and the expiry of links, and tells the expiry on the story’s clock', async () => {
    const [session] = await t.dataSource.query(
      'SELECT created_at, expires_at FROM sessions ORDER BY created_at DESC LIMIT 1',
    );
    const invitation = (
      await secretariat().post(`/api/people/${w.people.carl.id}/invitation`).expect(201)
    ).body;
    const [token] = await t.dataSource.query(
      'SELECT expires_at FROM password_tokens ORDER BY id DESC LIMIT 1',
    );
    const realToday = dayOf(new Date().toISOString());
    expect(dayOf(session.created_at)).toBe(realToday);
    expect(new Date(session.expires_at).getTime()).toBeGreaterThan(Date.now());
    // The link works for 7 real days; the person reads that as 7 days from the story's today.
    expect(new Date(token.expires_at).getTime()).toBeGreaterThan(Date.now());
    expect(dayOf(invitation.expiresAt)).toBe('2017-06-22');
  });

  it('lists the audit trail by day and then in the order things happened, whatever the time of day', async () => {
    // A demo running over several real days: the second change has an earlier time of day.
    const read = async () =>
      (await secretariat().get(`/api/initiatives/${w.initiatives.a2.id}`).expect(200)).body;
    await secretariat()
      .put(`/api/initiatives/${w.initiatives.a2.id}`)
      .send({ ...(await read()), health: 'amber' })
      .expect(200);
    await secretariat()
      .put(`/api/initiatives/${w.initiatives.a2.id}`)
      .send({ ...(await read()), health: 'red' })
      .expect(200);
    const [{ last }] = await t.dataSource.query('SELECT max(id)::int AS last FROM audit_events');
    await t.dataSource.query(
      `UPDATE audit_events SET at = CASE id WHEN $1::int THEN $2::timestamptz ELSE $3::timestamptz END
        WHERE id IN ($1::int, $1::int - 1)`,
      [last, `${TODAY}T07:00:00Z`, `${TODAY}T15:00:00Z`],
    );
    const newestFirst = (
      await secretariat()
        .get('/api/audit-events')
        .query({
          filter: JSON.stringify({ initiativeId: w.initiatives.a2.id }),
          sort: '["at","DESC"]',
          range: '[0,1]',
        })
        .expect(200)
    ).body as AuditEventRecord[];
    expect(newestFirst.map((e) => e.after?.['health'])).toEqual(['red', 'amber']);
  });
});
