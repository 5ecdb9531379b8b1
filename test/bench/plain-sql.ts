/**
 * The plain baseline's SQL: the plainest correct statements for each benchmarked answer,
 * written by hand for the same response as the API's, with nothing shared with the
 * product's query builders. Where the API's SQL costs more than the question needs, the
 * plain baseline shows it; the bench's targets are set against these.
 *
 * The session check (baseline-sql.ts) and the dashboard's statements, which are
 * hand-written in the product too, are the same for both baselines.
 */

/** A milestone's fields as the API names them; overdue and moved are worked out in JS. */
const FIELDS = `m.id, m.version, m.title, m.description, m.status,
       m.created_at AS "createdAt", m.updated_at AS "updatedAt",
       m.initiative_id AS "initiativeId", m.due_date AS "dueDate",
       m.original_due_date AS "originalDueDate",
       m.responsible_person_id AS "responsiblePersonId", m.completed_on AS "completedOn",
       i.focus_area_id AS "focusAreaId", i.strategy_id AS "strategyId"`;

/** One milestone: $1 the id. */
export const MILESTONE_SQL = `
  SELECT ${FIELDS} FROM milestones m JOIN initiatives i ON i.id = m.initiative_id
   WHERE m.id = $1`;

/** … locked for its update, as the audit's "before". */
export const LOCK_MILESTONE_SQL = `${MILESTONE_SQL} FOR UPDATE OF m`;

/**
 * A page of milestones with the statuses $1, by due date (the order ix_milestones_due
 * serves): the page is found in the milestone table alone, and only its rows are joined.
 */
export const pageSql = (limit: number, offset: number) => `
  SELECT ${FIELDS}
    FROM (SELECT * FROM milestones WHERE status = ANY($1)
           ORDER BY due_date NULLS FIRST, id LIMIT ${limit} OFFSET ${offset}) m
    JOIN initiatives i ON i.id = m.initiative_id
   ORDER BY m.due_date NULLS FIRST, m.id`;

/** … and how many there are, for Content-Range. */
export const COUNT_SQL = `SELECT count(*)::int AS total FROM milestones WHERE status = ANY($1)`;

/**
 * The versioned update, answering the record as it is now ($1–$7 the values, $8 the id, $9
 * the version the client read); no row when the version is stale.
 */
export const UPDATE_SQL = `
  UPDATE milestones m
     SET initiative_id = $1, title = $2, description = $3, due_date = $4,
         responsible_person_id = $5, status = $6, completed_on = $7,
         version = m.version + 1, updated_at = pejling_now()
    FROM initiatives i
   WHERE i.id = $1 AND m.id = $8 AND m.version = $9
  RETURNING ${FIELDS}`;

/** The audit event, in the update's transaction. */
export const AUDIT_SQL = `
  INSERT INTO audit_events (person_id, person_name, resource, record_id, action, before, after, initiative_id)
       VALUES ($1, $2, 'milestones', $3, 'update', $4, $5, $6)`;
