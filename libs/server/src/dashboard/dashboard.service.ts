import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DASHBOARD_LIST_LIMIT,
  DUE_SOON_DAYS,
  DashboardFocusArea,
  DashboardMilestone,
  DashboardMilestoneList,
  DashboardPlanProgress,
  DashboardTarget,
  DashboardTargetSeries,
  HEALTHS,
  INITIATIVE_STATUSES,
  StrategyDashboard,
} from '@pejling/contracts';
import { Clock } from '../core/clock/clock';
import { StrategiesService } from '../plan/strategies/strategies.service';

type Figures = Omit<DashboardFocusArea, 'focusAreaId' | 'code' | 'title'>;

const count = (condition: string) => `count(*) FILTER (WHERE ${condition})::int`;

/**
 * Per focus area: initiatives by health and by status, and milestones done, counted and
 * overdue. Initiatives and milestones are aggregated apart and then joined, so that neither
 * multiplies the other's counts.
 */
const DASHBOARD_SQL = `
  WITH ini AS (
    SELECT i.focus_area_id,
           count(*)::int AS initiatives,
           ${HEALTHS.map((h) => `${count(`i.health = '${h}'`)} AS "health_${h}"`).join(',\n           ')},
           ${count('i.health IS NULL')} AS "health_none",
           ${INITIATIVE_STATUSES.map((s) => `${count(`i.status = '${s}'`)} AS "status_${s}"`).join(',\n           ')}
      FROM initiatives i
     WHERE i.strategy_id = $1
     GROUP BY i.focus_area_id
  ), ms AS (
    SELECT i.focus_area_id,
           ${count(`m.status = 'done'`)} AS done,
           ${count(`m.status <> 'cancelled'`)} AS total,
           ${count(`m.due_date < $2::date AND m.status NOT IN ('done', 'cancelled')`)} AS overdue
      FROM milestones m
      JOIN initiatives i ON i.id = m.initiative_id
     WHERE i.strategy_id = $1
     GROUP BY i.focus_area_id
  )
  SELECT fa.id, fa.code, fa.title, ini.*, ms.done, ms.total, ms.overdue
    FROM focus_areas fa
    LEFT JOIN ini ON ini.focus_area_id = fa.id
    LEFT JOIN ms ON ms.focus_area_id = fa.id
   WHERE fa.strategy_id = $1
   ORDER BY fa.sort_order, fa.code`;

function figures(row: Record<string, number | null>): Figures {
  const n = (key: string) => row[key] ?? 0;
  return {
    initiatives: n('initiatives'),
    byHealth: Object.fromEntries(
      [...HEALTHS, 'none'].map((h) => [h, n(`health_${h}`)]),
    ) as Figures['byHealth'],
    byStatus: Object.fromEntries(
      INITIATIVE_STATUSES.map((s) => [s, n(`status_${s}`)]),
    ) as Figures['byStatus'],
    milestonesDone: n('done'),
    milestonesTotal: n('total'),
    milestonesOverdue: n('overdue'),
  };
}

/**
 * The plan period's days (first and last included), how many of them have begun by today
 * ($2), and the whole plan's milestones done of those not cancelled.
 */
const PROGRESS_SQL = `
  WITH p AS (
    SELECT (s.period_end - s.period_start + 1) AS days_total,
           LEAST(GREATEST($2::date - s.period_start + 1, 0), s.period_end - s.period_start + 1)
             AS days_elapsed
      FROM strategies s
     WHERE s.id = $1
  ), ms AS (
    SELECT ${count(`m.status = 'done'`)} AS done,
           ${count(`m.status <> 'cancelled'`)} AS total
      FROM milestones m
      JOIN initiatives i ON i.id = m.initiative_id
     WHERE i.strategy_id = $1
  )
  SELECT p.days_total AS "daysTotal",
         p.days_elapsed AS "daysElapsed",
         round(100.0 * p.days_elapsed / p.days_total)::int AS "timeElapsed",
         ms.done AS "milestonesDone",
         ms.total AS "milestonesTotal",
         CASE WHEN ms.total > 0 THEN round(100.0 * ms.done / ms.total)::int END AS done
    FROM p, ms`;

/**
 * Each target series of the strategy ($1): baseline, the latest national measurement and
 * the target; the straight line from baseline to target, a point a year; the line's value in
 * the latest measurement's year and whether the latest value is on or beyond it.
 */
const TARGETS_SQL = `
  WITH s AS (
    SELECT t.id AS target_id, t.number, t.title, t.unit, t.by_region,
           ts.id AS series_id, ts.key, ts.label, ts.sort_order,
           ts.baseline_value::float8 AS b_value, ts.baseline_year AS b_year,
           ts.target_value::float8 AS t_value, ts.target_year AS t_year,
           (ts.baseline_value IS NOT NULL AND ts.target_value IS NOT NULL
             AND ts.target_year > ts.baseline_year) AS has_line
      FROM targets t
      JOIN target_series ts ON ts.target_id = t.id
     WHERE t.strategy_id = $1
  ), national AS (
    SELECT m.series_id, m.year, m.value::float8 AS value
      FROM measurements m
      JOIN s ON s.series_id = m.series_id
     WHERE m.region IS NULL
  ), latest AS (
    SELECT DISTINCT ON (series_id) series_id, year, value
      FROM national
     ORDER BY series_id, year DESC
  ), points AS (
    SELECT series_id, json_agg(json_build_object('year', year, 'value', value) ORDER BY year) AS points
      FROM national
     GROUP BY series_id
  ), regional AS (
    SELECT DISTINCT ON (s.target_id) s.target_id, m.year, count(DISTINCT m.region)::int AS regions
      FROM measurements m
      JOIN s ON s.series_id = m.series_id
     WHERE m.region IS NOT NULL
     GROUP BY s.target_id, m.year
     ORDER BY s.target_id, m.year DESC
  ), measured AS (
    SELECT s.*, l.year AS l_year, l.value AS l_value,
           CASE WHEN s.has_line AND l.year IS NOT NULL THEN
             round((s.b_value + (s.t_value - s.b_value)
               * (LEAST(GREATEST(l.year, s.b_year), s.t_year) - s.b_year) / (s.t_year - s.b_year)
             )::numeric, 2)::float8
           END AS expected
      FROM s
      LEFT JOIN latest l ON l.series_id = s.series_id
  )
  SELECT m.target_id AS "targetId", m.number, m.title, m.unit, m.by_region AS "byRegion",
         r.year AS "regionalYear", coalesce(r.regions, 0) AS "regionalCount",
         m.key, m.label,
         m.b_value AS "baselineValue", m.b_year AS "baselineYear",
         m.l_value AS "latestValue", m.l_year AS "latestYear",
         m.t_value AS "targetValue", m.t_year AS "targetYear",
         CASE WHEN m.has_line AND m.l_value IS NOT NULL AND m.t_value <> m.b_value
           THEN round((100 * (m.l_value - m.b_value) / (m.t_value - m.b_value))::numeric)::int
         END AS progress,
         m.expected AS "expectedValue",
         CASE
           WHEN NOT m.has_line THEN 'no_target'
           WHEN m.l_year IS NULL OR m.l_year <= m.b_year THEN 'not_measured'
           WHEN (m.t_value >= m.b_value AND m.l_value >= m.expected)
             OR (m.t_value < m.b_value AND m.l_value <= m.expected) THEN 'on_track'
           ELSE 'behind'
         END AS track,
         coalesce(p.points, '[]'::json) AS points,
         CASE WHEN m.has_line THEN (
           SELECT json_agg(json_build_object('year', y, 'value',
                    round((m.b_value + (m.t_value - m.b_value) * (y - m.b_year)
                      / (m.t_year - m.b_year))::numeric, 2)::float8) ORDER BY y)
             FROM generate_series(m.b_year, m.t_year) AS y)
         ELSE '[]'::json END AS line
    FROM measured m
    LEFT JOIN points p ON p.series_id = m.series_id
    LEFT JOIN regional r ON r.target_id = m.target_id
   ORDER BY m.number, m.sort_order, m.key`;

/**
 * Open milestones of the strategy ($1) whose due date meets the condition, at most the
 * list limit, each with a window count of all that match: the first rows and the total.
 */
const milestonesSql = (dueCondition: string) => `
  SELECT m.id, m.title, m.due_date AS "dueDate", m.status,
         m.initiative_id AS "initiativeId", i.code AS "initiativeCode",
         i.focus_area_id AS "focusAreaId",
         m.responsible_person_id AS "responsiblePersonId", p.name AS "responsibleName",
         count(*) OVER ()::int AS total
    FROM milestones m
    JOIN initiatives i ON i.id = m.initiative_id
    LEFT JOIN people p ON p.id = m.responsible_person_id
   WHERE i.strategy_id = $1
     AND m.status NOT IN ('done', 'cancelled')
     AND ${dueCondition}
   ORDER BY m.due_date, split_part(i.code, '.', 1), lpad(split_part(i.code, '.', 2), 4, '0'), m.id
   LIMIT ${DASHBOARD_LIST_LIMIT}`;

/** Due before today ($2). */
const OVERDUE_LIST_SQL = milestonesSql('m.due_date < $2::date');

/** Due from today ($2) up to and including $3. */
const DUE_SOON_LIST_SQL = milestonesSql('m.due_date BETWEEN $2::date AND $3::date');

function milestoneList(rows: (DashboardMilestone & { total: number })[]): DashboardMilestoneList {
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...milestone }) => milestone),
  };
}

type TargetRow = Omit<DashboardTarget, 'series'> & DashboardTargetSeries;

/** One row per series, already ordered: grouped into targets. */
function groupTargets(rows: TargetRow[]): DashboardTarget[] {
  const targets: DashboardTarget[] = [];
  for (const row of rows) {
    const { targetId, number, title, unit, byRegion, regionalYear, regionalCount, ...series } = row;
    let target = targets.at(-1);
    if (target?.targetId !== targetId) {
      target = { targetId, number, title, unit, byRegion, regionalYear, regionalCount, series: [] };
      targets.push(target);
    }
    target.series.push(series);
  }
  return targets;
}

/** Adds a number of days to a date-only value. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds up the focus areas' figures into the strategy's (five rows, already aggregated). */
function sum(areas: Figures[]): Figures {
  const add = <T extends Record<string, number>>(a: T, b: T) =>
    Object.fromEntries(Object.keys(a).map((k) => [k, a[k] + b[k]])) as T;
  return areas.reduce(
    (total, area) => ({
      initiatives: total.initiatives + area.initiatives,
      byHealth: add(total.byHealth, area.byHealth),
      byStatus: add(total.byStatus, area.byStatus),
      milestonesDone: total.milestonesDone + area.milestonesDone,
      milestonesTotal: total.milestonesTotal + area.milestonesTotal,
      milestonesOverdue: total.milestonesOverdue + area.milestonesOverdue,
    }),
    figures({}),
  );
}

/** Share of the period [start, end] that has passed on `today`, in whole percent 0–100. */
export function periodElapsed(start: string, end: string, today: string): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const length = day(end) - day(start) + 1;
  const passed = day(today) - day(start) + 1;
  return Math.round(Math.min(100, Math.max(0, (100 * passed) / length)));
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly strategies: StrategiesService,
    private readonly clock: Clock,
  ) {}

  async forStrategy(strategyId?: number): Promise<StrategyDashboard> {
    const strategy = await this.strategies.periodOf(strategyId);
    const id = strategy.id;
    const today = this.clock.today();
    const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
    const [rows, [progress], targetRows, overdue, dueSoon] = await Promise.all([
      this.dataSource.query(DASHBOARD_SQL, [id, today]) as Promise<Record<string, unknown>[]>,
      this.dataSource.query(PROGRESS_SQL, [id, today]) as Promise<DashboardPlanProgress[]>,
      this.dataSource.query(TARGETS_SQL, [id]) as Promise<TargetRow[]>,
      this.dataSource.query(OVERDUE_LIST_SQL, [id, today]),
      this.dataSource.query(DUE_SOON_LIST_SQL, [id, today, dueSoonUntil]),
    ]);
    const focusAreas = rows.map((row) => ({
      focusAreaId: row['id'] as number,
      code: row['code'] as string,
      title: row['title'] as string,
      ...figures(row as Record<string, number | null>),
    }));
    return {
      strategyId: id,
      strategyName: strategy.name,
      periodStart: strategy.periodStart,
      periodEnd: strategy.periodEnd,
      today,
      periodElapsed: periodElapsed(strategy.periodStart, strategy.periodEnd, today),
      focusAreas,
      totals: sum(focusAreas),
      progress,
      targets: groupTargets(targetRows),
      overdue: milestoneList(overdue),
      dueSoon: milestoneList(dueSoon),
      dueSoonUntil,
    };
  }
}
