import { OUTSTANDING_FIGURE_STATES, REGIONS } from '@pejling/contracts';
import {
  DATA_OWNER_ORGANISATION_SQL,
  DATA_OWNER_PERSON_SQL,
  isDataOwnerSql,
} from '../../records/data-ownership';

/** The regions as an SQL array, in their order: the constants of the contracts, no input. */
const REGIONS_SQL = `ARRAY[${REGIONS.map((region) => `'${region}'`).join(', ')}]::text[]`;

/**
 * The figures that a call for the figures of `year` asks of strategy `strategyId`'s data
 * owners (both SQL expressions, such as a round's columns), one row per figure:
 *
 * - every series of the strategy's targets that has a data owner (its own, else its
 *   target's) and whose years (baseline to target year, where set) include `year`: a figure
 *   outside them could not be proposed;
 * - a target broken down by region is asked for a figure per region, as its figures are the
 *   regional ones (Klyngestrategi 2.0's target 2 has no national figure); any other target
 *   for the national figure;
 * - `state`: its measurement's state, or `missing` without one.
 *
 * `yours`: whether the person `speaker` names (the SQL expressions of `isDataOwnerSql`)
 * speaks for the data owner, and so proposes the figure; false without one.
 */
export function askedFiguresSql(
  strategyId: string,
  year: string,
  speaker?: [person: string, role: string, organisation: string],
): string {
  return `
    SELECT t.id AS target_id, t.number AS target_number, t.title AS target_title, t.unit,
           s.key AS series_key, s.label AS series_label, s.sort_order AS series_order, s.id AS series_id,
           reg.region, reg.position AS region_order,
           ${DATA_OWNER_ORGANISATION_SQL} AS owner_organisation_id,
           ${DATA_OWNER_PERSON_SQL} AS owner_person_id,
           me.id AS measurement_id, coalesce(me.state, 'missing') AS state,
           me.value::float8 AS value, me.return_reason,
           coalesce(${speaker ? isDataOwnerSql(...speaker) : 'false'}, false) AS yours
      FROM targets t
      JOIN target_series s ON s.target_id = t.id
      CROSS JOIN LATERAL (
        SELECT NULL::text AS region, 0::bigint AS position WHERE NOT t.by_region
        UNION ALL
        SELECT r.region, r.position FROM unnest(${REGIONS_SQL}) WITH ORDINALITY AS r(region, position)
         WHERE t.by_region) reg
      LEFT JOIN measurements me ON me.series_id = s.id AND me.year = ${year}
                               AND me.region IS NOT DISTINCT FROM reg.region
     WHERE t.strategy_id = ${strategyId}
       AND ${DATA_OWNER_ORGANISATION_SQL} IS NOT NULL
       AND ${year} >= coalesce(s.baseline_year, ${year})
       AND ${year} <= coalesce(s.target_year, ${year})`;
}

/** Whether asked figure `alias` waits for its data owner: missing, or returned. */
export const outstandingFigureSql = (alias: string) =>
  `${alias}.state IN (${OUTSTANDING_FIGURE_STATES.map((state) => `'${state}'`).join(', ')})`;
