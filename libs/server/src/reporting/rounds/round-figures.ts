import type { RoundFigureRow, RoundReportFigure } from '@pejling/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../records/actor';
import { askedFiguresSql } from '../../targets/rules/asked-figures';
import { approvedMeasurementSql } from '../../targets/rules/measurement-rules';

/**
 * The figures round $1 asks for (none without a `figures_year`), by target, series and
 * region, as the person $2 (role $3, organisation $4) sees them: a proposed or returned
 * figure's value, measurement and reason only to the secretariat and the data owner, who
 * read it (as `GET /api/measurements` does).
 */
const FIGURES_SQL = `
  SELECT f.target_id AS "targetId", f.target_number AS "targetNumber",
         f.target_title AS "targetTitle", f.unit, f.series_key AS "seriesKey",
         f.series_label AS "seriesLabel", f.region,
         f.owner_organisation_id AS "dataOwnerOrganisationId", o.name AS "dataOwnerOrganisationName",
         f.owner_person_id AS "dataOwnerPersonId", p.name AS "dataOwnerPersonName",
         f.state, f.yours,
         CASE WHEN ${approvedMeasurementSql('f')} OR reads THEN f.value END AS value,
         CASE WHEN reads THEN f.measurement_id END AS "measurementId",
         CASE WHEN reads THEN f.return_reason END AS "returnReason"
    FROM reporting_rounds r
    CROSS JOIN LATERAL (${askedFiguresSql('r.strategy_id', 'r.figures_year', ['$2::int', '$3::text', '$4::int'])}) f
    CROSS JOIN LATERAL (SELECT f.yours OR $3::text = 'secretariat' AS reads) x
    JOIN organisations o ON o.id = f.owner_organisation_id
    LEFT JOIN people p ON p.id = f.owner_person_id
   WHERE r.id = $1 AND r.figures_year IS NOT NULL
   ORDER BY f.target_number, f.series_order, f.series_id, f.region_order`;

/** Who reads the figures: a person, or nobody (the round's report, which everyone reads). */
type Reader = Pick<Actor, 'personId' | 'role' | 'organisationId'> | null;

/** The figures the round asks for, as `reader` sees them. */
export function roundFigures(
  db: DataSource | EntityManager,
  roundId: number,
  reader: Reader,
): Promise<RoundFigureRow[]> {
  return db.query(FIGURES_SQL, [
    roundId,
    reader?.personId ?? null,
    reader?.role ?? null,
    reader?.organisationId ?? null,
  ]);
}

/**
 * The figures as the round's report shows them, to everyone: the approved values, and
 * where the others stand; undefined for a round that asks for none.
 */
export async function reportFigures(
  db: DataSource | EntityManager,
  roundId: number,
  year: number | null,
): Promise<{ year: number; rows: RoundReportFigure[] } | undefined> {
  if (year === null) return undefined;
  const rows = await roundFigures(db, roundId, null);
  return {
    year,
    rows: rows.map((row) => ({
      targetId: row.targetId,
      targetNumber: row.targetNumber,
      targetTitle: row.targetTitle,
      unit: row.unit,
      seriesKey: row.seriesKey,
      seriesLabel: row.seriesLabel,
      region: row.region,
      dataOwnerOrganisationName: row.dataOwnerOrganisationName,
      state: row.state,
      value: row.value,
    })),
  };
}
