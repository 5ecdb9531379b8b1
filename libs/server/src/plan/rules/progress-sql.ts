import { countedMilestoneSql, doneMilestoneSql } from './milestone-rules';

/**
 * An initiative's progress in SQL, for queries over initiatives `i` joined to their
 * milestone counts `ms` (columns `done` and `counted`; see `MILESTONE_COUNTS`).
 */

/** Done milestones among those not cancelled, per initiative. */
export const MILESTONE_COUNTS = `
  SELECT m.initiative_id,
         count(*) FILTER (WHERE ${doneMilestoneSql()})::int AS done,
         count(*) FILTER (WHERE ${countedMilestoneSql()})::int AS counted
    FROM milestones m
   GROUP BY m.initiative_id`;

/** Progress as the share of done milestones among those not cancelled, in whole percent. */
export const COMPUTED_PROGRESS = `CASE WHEN ms.counted > 0 THEN round(100.0 * ms.done / ms.counted)::int END`;

/** The progress shown: the secretariat's override, else the computed one, else 0. */
export const PROGRESS = `coalesce(i.progress_override, ${COMPUTED_PROGRESS}, 0)`;
