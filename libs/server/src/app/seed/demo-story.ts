import type { EntityManager } from 'typeorm';
import type { RoundReport } from '@pejling/contracts';
import type { AuditEntry } from '../../records/audit-trail';
import { recordDueReminders } from '../../reminders/reminder-scan';
import { compileRoundReport } from '../../reporting/rounds/round-report';
import { demoAttachmentHappenings } from './demo-attachments';
import type { DemoRound, DemoSeed } from './seed-data';

/** Who and what the story's lines name, looked up once the demo's records are in. */
export interface Cast {
  strategyId: number;
  person: (email: string | null) => number | null;
  initiative: (code: string) => number;
}

/** One thing that happened, at a day and a time of day in Copenhagen. */
interface Happening {
  day: string;
  time: string;
  /** Tells it, `at` being its day and time as an instant. */
  tell: (at: Date) => Promise<void>;
}

/**
 * Tells the demo's story before its today, in the order it happened: each status report
 * submitted, the March round created, opened, answered, closed with its frozen report,
 * reviewed and given its decisions and action items, deadlines moved, files attached, and
 * each day's reminder scan with what it sent. What a person did is in the audit trail, as the app
 * would have written it, and every time is the story's, so the history reads in order and
 * no date lies after the demo's today (nothing after `today` is told).
 *
 * The plan itself is as the demo holds it today: the round's frozen report and the
 * reminders of a past day see today's milestone statuses, not those of that day.
 */
export async function tellDemoStory(
  m: EntityManager,
  demo: DemoSeed,
  cast: Cast,
  today: string,
): Promise<Record<string, number>> {
  const told = { status_reports: 0, reporting_rounds: 0, round_outcomes: 0, deliveries: 0 };
  const rounds = new Map<string, number>();
  const happenings: Happening[] = [];

  for (const [code, initiative] of Object.entries(demo.initiatives)) {
    for (const report of initiative.statusReports ?? []) {
      happenings.push({
        day: report.reportDate,
        time: '10:00',
        tell: async (at) => {
          const roundId = report.round === undefined ? null : rounds.get(report.round);
          if (roundId === undefined) throw new Error(`seed: unknown round ${report.round}`);
          await submitReport(m, cast, at, code, report, roundId);
          told.status_reports++;
        },
      });
    }
    for (const milestone of initiative.milestones) {
      const { moved } = milestone;
      if (!moved) continue;
      happenings.push({
        day: moved.on,
        time: '11:00',
        tell: (at) =>
          moveMilestone(m, cast, at, code, milestone.title, moved.from, milestone.dueDate, moved),
      });
    }
  }
  for (const round of demo.rounds) {
    happenings.push(...roundStory(m, cast, round, rounds, told));
  }
  for (const day of daysFrom(demo.reminderDays.from, demo.reminderDays.to)) {
    happenings.push({
      day,
      time: '07:00',
      tell: async (at) => {
        told.deliveries += await sendDueReminders(m, at, day);
      },
    });
  }
  happenings.push(...demoAttachmentHappenings(m, cast, told));

  const inOrder = happenings
    .filter((h) => h.day <= today)
    .sort((a, b) => `${a.day} ${a.time}`.localeCompare(`${b.day} ${b.time}`));
  for (const { day, time, tell } of inOrder) {
    const [{ at }] = await m.query(
      `SELECT ($1::date + $2::time) AT TIME ZONE 'Europe/Copenhagen' AS at`,
      [day, time],
    );
    await tell(at);
  }
  return told;
}

/**
 * A round's life: created, opened, and, unless it is still open, closed with its report
 * frozen, reviewed, decided on.
 */
function roundStory(
  m: EntityManager,
  cast: Cast,
  round: DemoRound,
  rounds: Map<string, number>,
  told: Record<string, number>,
): Happening[] {
  const id = () => rounds.get(round.title) as number;
  const by = cast.person(round.by);
  const { closedOn } = round;
  const stateChange = (at: Date, from: string, to: string, stamp: 'openedAt' | 'closedAt') =>
    audit(m, at, {
      by,
      resource: 'reporting-rounds',
      recordId: id(),
      action: 'update',
      before: { title: round.title, state: from },
      after: { title: round.title, state: to, [stamp]: at.toISOString() },
      initiativeId: null,
    });
  return [
    {
      day: round.createdOn,
      time: '09:00',
      tell: async (at) => {
        const [{ id: roundId }] = await m.query(
          `INSERT INTO reporting_rounds (strategy_id, title, due_date, meeting_date, figures_year,
                                         created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
          [
            cast.strategyId,
            round.title,
            round.dueDate,
            round.meetingDate,
            round.figuresYear ?? null,
            at,
          ],
        );
        rounds.set(round.title, roundId);
        const initiativeIds = round.initiatives.map(cast.initiative);
        await m.query(
          `INSERT INTO reporting_round_initiatives (round_id, initiative_id) SELECT $1, unnest($2::int[])`,
          [roundId, initiativeIds],
        );
        await audit(m, at, {
          by,
          resource: 'reporting-rounds',
          recordId: roundId,
          action: 'create',
          before: null,
          after: {
            strategyId: cast.strategyId,
            title: round.title,
            dueDate: round.dueDate,
            meetingDate: round.meetingDate,
            figuresYear: round.figuresYear ?? null,
            state: 'draft',
            initiativeIds,
          },
          initiativeId: null,
        });
        told['reporting_rounds']++;
      },
    },
    {
      day: round.openedOn,
      time: '09:00',
      tell: async (at) => {
        await m.query(
          `UPDATE reporting_rounds SET state = 'open', opened_at = $3, opened_on = $2,
                  version = version + 1, updated_at = $3 WHERE id = $1`,
          [id(), round.openedOn, at],
        );
        await stateChange(at, 'draft', 'open', 'openedAt');
        // Opening asks at once, as the app does, besides the daily scan.
        told['deliveries'] += await sendDueReminders(m, at, round.openedOn);
      },
    },
    // Closed, its report frozen as it stood then; a round still open stops here.
    ...(closedOn
      ? [
          {
            day: closedOn,
            time: '15:00',
            tell: async (at: Date) => {
              const report = await compileRoundReport(m, id(), closedOn);
              const frozen: RoundReport = {
                ...report,
                round: { ...report.round, state: 'closed', closedAt: at.toISOString() },
                outcomes: [],
              };
              await m.query(
                `UPDATE reporting_rounds SET state = 'closed', closed_at = $3, snapshot = $2,
                      version = version + 1, updated_at = $3 WHERE id = $1`,
                [id(), JSON.stringify(frozen), at],
              );
              await stateChange(at, 'open', 'closed', 'closedAt');
            },
          },
        ]
      : []),
    ...round.outcomes.map((outcome) => ({
      day: outcome.on,
      time: '16:00',
      tell: async (at: Date) => {
        await recordOutcome(m, cast, at, id(), outcome);
        told['round_outcomes']++;
      },
    })),
    ...round.reviewedBy.map((review) => ({
      day: review.on,
      time: '17:00',
      tell: async (at: Date) => {
        await m.query(
          'INSERT INTO round_reviews (round_id, person_id, reviewed_at) VALUES ($1, $2, $3)',
          [id(), cast.person(review.person), at],
        );
      },
    })),
  ];
}

async function submitReport(
  m: EntityManager,
  cast: Cast,
  at: Date,
  code: string,
  report: NonNullable<DemoSeed['initiatives'][string]['statusReports']>[number],
  roundId: number | null,
): Promise<void> {
  const initiativeId = cast.initiative(code);
  const author = cast.person(report.author);
  const [{ id }] = await m.query(
    `INSERT INTO status_reports (initiative_id, author_person_id, report_date, health, summary, risks,
                                 next_steps, state, submitted_at, round_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $9, $8, $9, $9)
     RETURNING id`,
    [
      initiativeId,
      author,
      report.reportDate,
      report.health,
      report.summary,
      report.risks,
      report.nextSteps,
      roundId,
      at,
    ],
  );
  await audit(m, at, {
    by: author,
    resource: 'status-reports',
    recordId: id,
    action: 'create',
    before: null,
    after: {
      initiativeId,
      authorPersonId: author,
      reportDate: report.reportDate,
      health: report.health,
      state: 'submitted',
      submittedAt: at.toISOString(),
      roundId,
    },
    initiativeId,
  });
}

async function moveMilestone(
  m: EntityManager,
  cast: Cast,
  at: Date,
  code: string,
  title: string,
  from: string,
  to: string,
  moved: { by: string },
): Promise<void> {
  const initiativeId = cast.initiative(code);
  // An UPDATE answers its rows and their count.
  const [[{ id }]] = await m.query(
    `UPDATE milestones SET version = version + 1, updated_at = $3
      WHERE initiative_id = $1 AND title = $2 RETURNING id`,
    [initiativeId, title, at],
  );
  await audit(m, at, {
    by: cast.person(moved.by),
    resource: 'milestones',
    recordId: id,
    action: 'update',
    before: { title, dueDate: from },
    after: { title, dueDate: to },
    initiativeId,
  });
}

/** A decision or an action item; one on an initiative becomes its milestone, as in the app. */
async function recordOutcome(
  m: EntityManager,
  cast: Cast,
  at: Date,
  roundId: number,
  outcome: DemoRound['outcomes'][number],
): Promise<void> {
  const by = cast.person(outcome.by);
  const responsible = cast.person(outcome.responsible ?? null);
  const initiativeId = outcome.initiative ? cast.initiative(outcome.initiative) : null;
  const dueDate = outcome.dueDate ?? null;
  let milestoneId: number | null = null;
  if (initiativeId !== null) {
    [{ id: milestoneId }] = await m.query(
      `INSERT INTO milestones (initiative_id, title, due_date, responsible_person_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [initiativeId, outcome.text, dueDate, responsible, at],
    );
    await audit(m, at, {
      by,
      resource: 'milestones',
      recordId: milestoneId as number,
      action: 'create',
      before: null,
      after: {
        initiativeId,
        title: outcome.text,
        dueDate,
        responsiblePersonId: responsible,
        status: 'planned',
      },
      initiativeId,
    });
  }
  const [{ id }] = await m.query(
    `INSERT INTO round_outcomes (round_id, kind, text, responsible_person_id, due_date, initiative_id,
                                 milestone_id, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
    [roundId, outcome.kind, outcome.text, responsible, dueDate, initiativeId, milestoneId, by, at],
  );
  await audit(m, at, {
    by,
    resource: 'round-outcomes',
    recordId: id,
    action: 'create',
    before: null,
    after: {
      roundId,
      kind: outcome.kind,
      text: outcome.text,
      responsiblePersonId: responsible,
      dueDate,
      initiativeId,
      milestoneId,
      createdByPersonId: by,
    },
    initiativeId,
  });
}

/**
 * The day's scan, as the worker runs it, and its e-mails sent at once: one per recipient
 * (a digest), which is how the demo's people take their reminders.
 */
async function sendDueReminders(m: EntityManager, at: Date, day: string): Promise<number> {
  const recorded = await recordDueReminders(m, day);
  await m.query(
    `UPDATE reminder_deliveries
        SET status = 'sent', attempts = 1, sent_at = $3, next_attempt_at = $3,
            created_at = $3::timestamptz - interval '2 minutes',
            message_id = format('<demo-%s-%s@demo.pejling.dk>', $2::text, recipient_person_id)
      WHERE id = ANY($1::bigint[])`,
    [recorded.map((r) => r.deliveryId), day, at],
  );
  return recorded.length;
}

/** An audit event as the app writes it, by a person of the story, at the story's time. */
async function audit(
  m: EntityManager,
  at: Date,
  event: Omit<AuditEntry, 'actor'> & { by: number | null },
): Promise<void> {
  await m.query(
    `INSERT INTO audit_events (at, person_id, person_name, resource, record_id, action, before, after, initiative_id)
     VALUES ($8, $1, (SELECT name FROM people WHERE id = $1), $2, $3, $4, $5, $6, $7)`,
    [
      event.by,
      event.resource,
      event.recordId,
      event.action,
      event.before && JSON.stringify(event.before),
      event.after && JSON.stringify(event.after),
      event.initiativeId,
      at,
    ],
  );
}

/** Each day from `from` to `to`, both included (`YYYY-MM-DD`). */
function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); ; day.setUTCDate(day.getUTCDate() + 1)) {
    const iso = day.toISOString().slice(0, 10);
    if (iso > to) return days;
    days.push(iso);
  }
}
