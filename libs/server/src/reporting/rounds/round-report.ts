import { NotFoundException } from '@nestjs/common';
import { assessSeries } from '@pejling/contracts';
import type {
  Health,
  RoundOutcome,
  RoundReport,
  RoundReportFocusArea,
  RoundReportInitiative,
  RoundReportMilestone,
  RoundReportStatusReport,
  RoundReportTarget,
  SeriesPoint,
} from '@pejling/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { MILESTONE_COUNTS, PROGRESS } from '../../plan/rules/progress-sql';
import {
  countedMilestoneSql,
  movedMilestoneSql,
  openMilestoneSql,
} from '../../plan/rules/milestone-rules';
import { initiativeCodeOrder } from '../../plan/rules/initiative-order';
import { linkedHealthSql } from '../../targets/targets/linked-health-sql';
import { reportFigures } from './round-figures';
import { approvedMeasurementSql } from '../../targets/rules/measurement-rules';

type Db = DataSource | EntityManager;

/** Milestones due this many days after the report's day count as upcoming. */
const UPCOMING_DAYS = 60;

const ROUND_SQL = `
  SELECT r.id, r.title, to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate",
         to_char(r.meeting_date, 'YYYY-MM-DD') AS "meetingDate", r.state, r.closed_at AS "closedAt",
         r.figures_year AS "figuresYear",
         s.id AS "strategyId", s.name AS "strategyName"
    FROM reporting_rounds r JOIN strategies s ON s.id = r.strategy_id
   WHERE r.id = $1`;

/** The initiatives in scope with their focus area, progress and moved milestones. */
const INITIATIVES_SQL = `
  SELECT i.id, i.code, i.title, i.status, i.health, ${PROGRESS} AS progress,
         ARRAY(SELECT o.short_name FROM initiative_leads l JOIN organisations o ON o.id = l.organisation_id
                WHERE l.initiative_id = i.id ORDER BY l.position) AS leads,
         (SELECT count(*) FROM milestones m
           WHERE m.initiative_id = i.id AND ${countedMilestoneSql()} AND ${movedMilestoneSql()}
         )::int AS "milestonesMoved",
         fa.id AS "focusAreaId", fa.code AS "focusAreaCode", fa.title AS "focusAreaTitle"
    FROM reporting_round_initiatives ri
    JOIN initiatives i ON i.id = ri.initiative_id
    JOIN focus_areas fa ON fa.id = i.focus_area_id
    LEFT JOIN (${MILESTONE_COUNTS}) ms ON ms.initiative_id = i.id
   WHERE ri.round_id = $1
   ORDER BY fa.sort_order, fa.code, ${initiativeCodeOrder()}`;

/** Each initiative's answer to the round: its latest submitted report not corrected since. */
const REPORTS_SQL = `
  SELECT DISTINCT ON (sr.initiative_id)
         sr.initiative_id AS "initiativeId", sr.id, sr.health, sr.summary, sr.risks,
         sr.next_steps AS "nextSteps", p.name AS "authorName", sr.submitted_at AS "submittedAt"
    FROM status_reports sr LEFT JOIN people p ON p.id = sr.author_person_id
   WHERE sr.round_id = $1 AND sr.state = 'submitted'
     AND NOT EXISTS (SELECT 1 FROM status_reports c WHERE c.supersedes_id = sr.id AND c.state = 'submitted')
   ORDER BY sr.initiative_id, sr.submitted_at DESC, sr.id DESC`;

/**
 * Each initiative's latest submitted report that does not answer the round (and is not
 * corrected since): what the round's report shows, marked so, where the round has no answer.
 */
const LATEST_ELSEWHERE_SQL = `
  SELECT DISTINCT ON (sr.initiative_id) sr.initiative_id AS "initiativeId", sr.id, sr.health,
         sr.summary, sr.risks, sr.next_steps AS "nextSteps", p.name AS "authorName",
         sr.submitted_at AS "submittedAt"
    FROM reporting_round_initiatives ri JOIN status_reports sr ON sr.initiative_id = ri.initiative_id
    LEFT JOIN people p ON p.id = sr.author_person_id
   WHERE ri.round_id = $1 AND sr.state = 'submitted' AND sr.round_id IS DISTINCT FROM $1
     AND NOT EXISTS (SELECT 1 FROM status_reports c WHERE c.supersedes_id = sr.id AND c.state = 'submitted')
   ORDER BY sr.initiative_id, sr.submitted_at DESC, sr.id DESC`;

/** Open milestones of the initiatives in scope that are overdue or due soon on day $2. */
const MILESTONES_SQL = `
  SELECT m.initiative_id AS "initiativeId", m.id, m.title,
         to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate",
         to_char(m.original_due_date, 'YYYY-MM-DD') AS "originalDueDate", m.status, p.name AS "responsibleName",
         ($2::date - m.due_date) AS "daysLate"
    FROM reporting_round_initiatives ri
    JOIN milestones m ON m.initiative_id = ri.initiative_id
    LEFT JOIN people p ON p.id = m.responsible_person_id
   WHERE ri.round_id = $1 AND ${openMilestoneSql()}
     AND m.due_date <= $2::date + $3::int
   ORDER BY m.due_date, m.id`;

/**
 * The strategy's targets with each series' latest national measurement and all of them
 * (`points`, to assess it), and the health of the initiatives that should move each.
 */
const TARGETS_SQL = `
  SELECT t.id, t.number, t.title, t.unit,
         coalesce(json_agg(json_build_object(
           'key', ts.key, 'label', ts.label,
           'baselineValue', ts.baseline_value::float8, 'baselineYear', ts.baseline_year,
           'targetValue', ts.target_value::float8, 'targetYear', ts.target_year,
           'latest', (SELECT json_build_object('year', me.year, 'value', me.value::float8)
                        FROM measurements me
                       WHERE me.series_id = ts.id AND me.region IS NULL
                         AND ${approvedMeasurementSql('me')}
                       ORDER BY me.year DESC LIMIT 1),
           'points', (SELECT coalesce(json_agg(json_build_object('year', me.year,
                                                                 'value', me.value::float8)
                                               ORDER BY me.year), '[]'::json)
                        FROM measurements me
                       WHERE me.series_id = ts.id AND me.region IS NULL
                         AND ${approvedMeasurementSql('me')})
         ) ORDER BY ts.sort_order, ts.id) FILTER (WHERE ts.id IS NOT NULL), '[]') AS series,
         ${linkedHealthSql('t.id')} AS "linkedHealth"
    FROM targets t LEFT JOIN target_series ts ON ts.target_id = t.id
   WHERE t.strategy_id = $1
   GROUP BY t.id
   ORDER BY t.number`;

type TargetRow = Omit<RoundReportTarget, 'series'> & {
  series: (RoundReportTarget['series'][number] & { points: SeriesPoint[] })[];
};

/** Each target's series assessed on `asOf`, without the values it was assessed from. */
function assessed(targets: TargetRow[], asOf: string): RoundReportTarget[] {
  return targets.map((target) => ({
    ...target,
    series: target.series.map(({ points, ...series }) => ({
      ...series,
      assessment: assessSeries(series, points, asOf),
    })),
  }));
}

/** The closed round of the strategy before this one, whose snapshot `change` compares with. */
const PREVIOUS_SQL = `
  SELECT p.id, p.title, to_char(p.meeting_date, 'YYYY-MM-DD') AS "meetingDate", p.snapshot
    FROM reporting_rounds p, reporting_rounds r
   WHERE r.id = $1 AND p.strategy_id = r.strategy_id AND p.state = 'closed' AND p.id <> r.id
     AND (p.meeting_date, p.id) < (r.meeting_date, r.id)
   ORDER BY p.meeting_date DESC, p.id DESC
   LIMIT 1`;

const OUTCOMES_SQL = `
  SELECT o.id, o.kind, o.text, o.responsible_person_id AS "responsiblePersonId",
         p.name AS "responsibleName", to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate",
         o.initiative_id AS "initiativeId", o.milestone_id AS "milestoneId", o.created_at AS "createdAt"
    FROM round_outcomes o LEFT JOIN people p ON p.id = o.responsible_person_id
   WHERE o.round_id = $1
   ORDER BY o.kind DESC, o.id`;

interface InitiativeRow {
  id: number;
  code: string;
  title: string;
  status: RoundReportInitiative['status'];
  health: Health | null;
  progress: number;
  leads: string[];
  milestonesMoved: number;
  focusAreaId: number;
  focusAreaCode: string;
  focusAreaTitle: string;
}

/** What a previous round's snapshot said of each initiative. */
type Earlier = Map<number, { progress: number; health: Health | null }>;

/**
 * A round's report as the plan stands on `asOf` (not frozen): per focus area, each
 * initiative in scope with its report, health, progress and its change since the previous
 * closed round, its overdue and upcoming milestones; the strategy's targets; and the
 * figures the round asks for, as they stand.
 */
export async function compileRoundReport(
  db: Db,
  roundId: number,
  asOf: string,
): Promise<RoundReport> {
  const [round] = await db.query(ROUND_SQL, [roundId]);
  if (!round) throw new NotFoundException(`reporting round ${roundId} does not exist`);
  // One after the other: closing a round compiles it inside its transaction, on one
  // connection, which runs one query at a time (pg deprecates queuing them on it).
  const initiatives: InitiativeRow[] = await db.query(INITIATIVES_SQL, [roundId]);
  const reports: (RoundReportStatusReport & { initiativeId: number })[] = await db.query(
    REPORTS_SQL,
    [roundId],
  );
  const elsewhere: ReportRow[] = await db.query(LATEST_ELSEWHERE_SQL, [roundId]);
  const milestones: (RoundReportMilestone & { initiativeId: number })[] = await db.query(
    MILESTONES_SQL,
    [roundId, asOf, UPCOMING_DAYS],
  );
  const targets = assessed(await db.query(TARGETS_SQL, [round.strategyId]), asOf);
  const figures = await reportFigures(db, roundId, round.figuresYear);
  const [previous] = await db.query(PREVIOUS_SQL, [roundId]);
  const outcomes = await roundOutcomes(db, roundId);
  const earlier = earlierState(previous?.snapshot as RoundReport | undefined);

  const areas = new Map<number, RoundReportFocusArea>();
  for (const row of initiatives) {
    const report = reports.find((r) => r.initiativeId === row.id);
    const own = milestones.filter((m) => m.initiativeId === row.id).map(withoutInitiative);
    const before = earlier.get(row.id);
    const initiative: RoundReportInitiative = {
      id: row.id,
      code: row.code,
      title: row.title,
      leads: row.leads,
      status: row.status,
      health: report?.health ?? row.health,
      progress: row.progress,
      change: before ? { progress: row.progress - before.progress, health: before.health } : null,
      report: reportOf(
        report,
        elsewhere.find((r) => r.initiativeId === row.id),
      ),
      milestonesMoved: row.milestonesMoved,
      overdue: own.filter((m) => m.daysLate > 0),
      upcoming: own.filter((m) => m.daysLate <= 0),
    };
    const area = areas.get(row.focusAreaId) ?? {
      id: row.focusAreaId,
      code: row.focusAreaCode,
      title: row.focusAreaTitle,
      byHealth: { green: 0, amber: 0, red: 0, none: 0 },
      initiatives: [],
    };
    area.byHealth[initiative.health ?? 'none']++;
    area.initiatives.push(initiative);
    areas.set(row.focusAreaId, area);
  }

  return {
    round: {
      id: round.id,
      title: round.title,
      dueDate: round.dueDate,
      meetingDate: round.meetingDate,
      state: round.state,
      closedAt: round.closedAt?.toISOString() ?? null,
    },
    strategy: { id: round.strategyId, name: round.strategyName },
    asOf,
    frozen: false,
    previousRound: previous
      ? { id: previous.id, title: previous.title, meetingDate: previous.meetingDate }
      : null,
    focusAreas: [...areas.values()],
    targets,
    figures,
    outcomes,
  };
}

/** The steering group's decisions and action items on a round, as they are now. */
export function roundOutcomes(db: Db, roundId: number): Promise<RoundOutcome[]> {
  return db.query(OUTCOMES_SQL, [roundId]);
}

type ReportRow = RoundReportStatusReport & { initiativeId: number };

/** The round's answer; without one, the latest report submitted outside it, marked so. */
function reportOf(answer: ReportRow | undefined, latest: ReportRow | undefined) {
  if (answer) return { ...withoutInitiative(answer), outsideRound: false };
  return latest ? { ...withoutInitiative(latest), outsideRound: true } : null;
}

function earlierState(snapshot: RoundReport | undefined): Earlier {
  const earlier: Earlier = new Map();
  for (const area of snapshot?.focusAreas ?? []) {
    for (const i of area.initiatives) earlier.set(i.id, { progress: i.progress, health: i.health });
  }
  return earlier;
}

function withoutInitiative<T extends { initiativeId: number }>(row: T): Omit<T, 'initiativeId'> {
  const rest: Partial<T> = { ...row };
  delete rest.initiativeId;
  return rest as Omit<T, 'initiativeId'>;
}
