import { DASHBOARD_LIST_LIMIT, HEALTHS, INITIATIVE_STATUSES } from '@pejling/contracts';
import {
  countedMilestoneSql,
  doneMilestoneSql,
  movedMilestoneSql,
  openMilestoneSql,
  overdueMilestoneSql,
} from '../plan/rules/milestone-rules';
import { initiativeCodeOrder } from '../plan/rules/initiative-order';
import { linkedHealthSql } from '../targets/targets/linked-health-sql';
import { approvedMeasurementSql } from '../targets/rules/measurement-rules';

/**
 * The dashboard's SQL, on its own so that the benchmark's baseline (test/bench) issues the
 * very same statements as the API. The milestone queries start from the strategy's
 * initiatives and read milestones through ix_milestones_initiative (status and due date
 * included): a strategy's share, never the whole table.
 */

const count = (condition: string) => `count(*) FILTER (WHERE ${condition})::int`;

/**
 * Per focus area: initiatives by health and by status, and milestones done, counted,
 * overdue and moved. Initiatives and milestones are aggregated apart and then joined, so that neither
 * multiplies the other's counts.
 */
export const DASHBOARD_SQL = `
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
           ${count(doneMilestoneSql())} AS done,
           ${count(countedMilestoneSql())} AS total,
           ${count(overdueMilestoneSql('$2'))} AS overdue,
           ${count(`${countedMilestoneSql()} AND ${movedMilestoneSql()}`)} AS moved
      FROM milestones m
      JOIN initiatives i ON i.id = m.initiative_id
     WHERE i.strategy_id = $1
     GROUP BY i.focus_area_id
  )
  SELECT fa.id, fa.code, fa.title, ini.*, ms.done, ms.total, ms.overdue, ms.moved
    FROM focus_areas fa
    LEFT JOIN ini ON ini.focus_area_id = fa.id
    LEFT JOIN ms ON ms.focus_area_id = fa.id
   WHERE fa.strategy_id = $1
   ORDER BY fa.sort_order, fa.code`;

/**
 * Each target series of the strategy ($1): baseline, the latest national measurement and
 * the target; the straight line from baseline to target, a point a year; the line's value in
 * the latest measurement's year and whether the latest value is on or beyond it.
 */
export const TARGETS_SQL = `
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
     WHERE m.region IS NULL AND ${approvedMeasurementSql('m')}
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
     WHERE m.region IS NOT NULL AND ${approvedMeasurementSql('m')}
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
         ${linkedHealthSql('m.target_id')} AS "linkedHealth",
         (SELECT count(*)::int FROM measurements w JOIN target_series ws ON ws.id = w.series_id
           WHERE ws.target_id = m.target_id AND w.state = 'proposed') AS "waitingCount",
         json_build_object(
           'key', m.key, 'label', m.label,
           'baselineValue', m.b_value, 'baselineYear', m.b_year,
           'latestValue', m.l_value, 'latestYear', m.l_year,
           'targetValue', m.t_value, 'targetYear', m.t_year,
           'progress', CASE WHEN m.has_line AND m.l_value IS NOT NULL AND m.t_value <> m.b_value
             THEN round((100 * (m.l_value - m.b_value) / (m.t_value - m.b_value))::numeric)::int
           END,
           'expectedValue', m.expected,
           'points', coalesce(p.points, '[]'::json),
           'line', CASE WHEN m.has_line THEN (
             SELECT json_agg(json_build_object('year', y, 'value',
                      round((m.b_value + (m.t_value - m.b_value) * (y - m.b_year)
                        / (m.t_year - m.b_year))::numeric, 2)::float8) ORDER BY y)
               FROM generate_series(m.b_year, m.t_year) AS y)
           ELSE '[]'::json END
         ) AS series
    FROM measured m
    LEFT JOIN points p ON p.series_id = m.series_id
    LEFT JOIN regional r ON r.target_id = m.target_id
   ORDER BY m.number, m.sort_order, m.key`;

/**
 * Milestones of the strategy ($1) that meet the condition, at most the
 * list limit, each with a window count of all that match: the first rows and the total.
 * The strategy's milestones are found first, through its initiatives (MATERIALIZED): left
 * to itself the planner walks the due-date index across every strategy's milestones.
 */
const milestonesSql = (condition: string) => `
  WITH open AS MATERIALIZED (
    SELECT m.id, m.title, m.due_date, m.status, m.initiative_id, m.responsible_person_id,
           i.code, i.focus_area_id
      FROM initiatives i
      JOIN milestones m ON m.initiative_id = i.id
     WHERE i.strategy_id = $1
       AND ${condition}
  )
  SELECT o.id, o.title, o.due_date AS "dueDate", o.status,
         o.initiative_id AS "initiativeId", o.code AS "initiativeCode",
         ARRAY(SELECT lo.short_name FROM initiative_leads l
                 JOIN organisations lo ON lo.id = l.organisation_id
                WHERE l.initiative_id = o.initiative_id ORDER BY l.position) AS leads,
         o.focus_area_id AS "focusAreaId",
         o.responsible_person_id AS "responsiblePersonId", p.name AS "responsibleName",
         count(*) OVER ()::int AS total
    FROM open o
    LEFT JOIN people p ON p.id = o.responsible_person_id
   ORDER BY o.due_date, ${initiativeCodeOrder('o.code')}, o.id
   LIMIT ${DASHBOARD_LIST_LIMIT}`;

/** Overdue on today ($2). */
export const OVERDUE_LIST_SQL = milestonesSql(overdueMilestoneSql('$2'));

/** Open and due from today ($2) up to and including $3. */
export const DUE_SOON_LIST_SQL = milestonesSql(
  `${openMilestoneSql()} AND m.due_date BETWEEN $2::date AND $3::date`,
);
