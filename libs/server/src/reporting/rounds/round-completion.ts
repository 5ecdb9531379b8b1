import type { RoundCompletionRow } from '@pejling/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { DraftReader, readsDraftsOf } from '../../records/draft-reports';
import { initiativeCodeOrder } from '../../plan/rules/initiative-order';

/** The latest report in `state` of the initiative `i` for the round `ri.round_id`. */
const latest = (state: 'submitted' | 'draft', at: string) => `
  LEFT JOIN LATERAL (
    SELECT sr.id, p.name AS author, sr.${at} AS at
      FROM status_reports sr LEFT JOIN people p ON p.id = sr.author_person_id
     WHERE sr.round_id = ri.round_id AND sr.initiative_id = i.id AND sr.state = '${state}'
     ORDER BY sr.${at} DESC, sr.id DESC
     LIMIT 1) ${state} ON true`;

/**
 * Per initiative in the round's scope: submitted, only drafted, or missing; the report,
 * who wrote it and when; and whom the round asks (the initiative's responsible people).
 * A draft's id is given only to those who read it (`$2`, `$3`: a `DraftReader`); the
 * others see that there is one, by whom and since when.
 */
const COMPLETION_SQL = `
  SELECT i.id AS "initiativeId", i.code AS "initiativeCode", i.title AS "initiativeTitle",
         fa.code AS "focusAreaCode",
         CASE WHEN submitted.id IS NOT NULL THEN 'submitted'
              WHEN draft.id IS NOT NULL THEN 'draft' ELSE 'missing' END AS completion,
         CASE WHEN submitted.id IS NOT NULL OR ${readsDraftsOf('i.id', ['$2', '$3::int[]'])}
              THEN coalesce(submitted.id, draft.id) END AS "reportId",
         coalesce(submitted.author, draft.author) AS "authorName",
         coalesce(submitted.at, draft.at) AS at,
         coalesce((SELECT json_agg(json_build_object('personId', p.id, 'name', p.name) ORDER BY p.name)
                     FROM initiative_responsibles ir JOIN people p ON p.id = ir.person_id
                    WHERE ir.initiative_id = i.id), '[]'::json) AS responsible
    FROM reporting_round_initiatives ri
    JOIN initiatives i ON i.id = ri.initiative_id
    JOIN focus_areas fa ON fa.id = i.focus_area_id
    ${latest('submitted', 'submitted_at')}
    ${latest('draft', 'updated_at')}
   WHERE ri.round_id = $1
   ORDER BY fa.sort_order, fa.code, ${initiativeCodeOrder()}`;

/** The round's completion board, one row per initiative in scope, as `reader` sees it. */
export function roundCompletion(
  db: DataSource | EntityManager,
  roundId: number,
  reader: DraftReader,
): Promise<RoundCompletionRow[]> {
  return db.query(COMPLETION_SQL, [roundId, reader.allDrafts, reader.draftInitiatives]);
}
