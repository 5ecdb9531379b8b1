/**
 * The SQL the API runs for each benchmarked request, as Postgres logged it
 * (`ALTER DATABASE … SET log_statement = 'all'`, one request each) from the services named
 * below. The baseline server runs exactly these, so that it does the same database work
 * with nothing of Nest, TypeORM or the product's code around it.
 *
 * When a fix changes an endpoint's SQL, capture it again and change it here too: the
 * baseline is the same queries done as directly as this stack can. The dashboard's come
 * from the built API and need no capture.
 */

import { join } from 'node:path';
import { API_LIBS } from './environment';

/** The auth guard's session lookup (SessionsService.resolve). */
export const SESSION_SQL = `
  SELECT p.id AS "personId", p.name, p.role, p.organisation_id AS "organisationId",
                s.last_seen_at AS "lastSeen"
           FROM sessions s JOIN people p ON p.id = s.person_id
          WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND p.active
            AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(mins => $2)`;

/** … and its last-seen write, at most once a minute per session. */
export const TOUCH_SQL = `UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1`;

/** One milestone as the API shows it (RecordStore.find): $1 today, $2 the id. */
export const MILESTONE_SQL = `SELECT "m"."id" AS "id", "m"."version" AS "version", "m"."title" AS "title", "m"."description" AS "description", "m"."status" AS "status", "m"."created_at" AS "createdAt", "m"."updated_at" AS "updatedAt", "m"."initiative_id" AS "initiativeId", "m"."due_date" AS "dueDate", "m"."original_due_date" AS "originalDueDate", "m"."responsible_person_id" AS "responsiblePersonId", "m"."completed_on" AS "completedOn", "i"."focus_area_id" AS "focusAreaId", "i"."strategy_id" AS "strategyId", ("m"."due_date" < $1::date AND "m"."status" NOT IN ('done', 'cancelled')) AS "overdue", ("m"."due_date" <> "m"."original_due_date") AS "moved" FROM "milestones" "m" LEFT JOIN "initiatives" "i" ON "i"."id" = "m"."initiative_id" WHERE "m"."id" = $2`;

/**
 * A page of milestones with open statuses ($2), by due date: ResourceReader.list, which
 * reads a page beyond the middle from the other end (`order` DESC) and turns it round.
 */
export const listSql = (limit: number, offset: number, order: 'ASC' | 'DESC') =>
  `SELECT "m"."id" AS "id", "m"."version" AS "version", "m"."title" AS "title", "m"."description" AS "description", "m"."status" AS "status", "m"."created_at" AS "createdAt", "m"."updated_at" AS "updatedAt", "m"."initiative_id" AS "initiativeId", "m"."due_date" AS "dueDate", "m"."original_due_date" AS "originalDueDate", "m"."responsible_person_id" AS "responsiblePersonId", "m"."completed_on" AS "completedOn", "i"."focus_area_id" AS "focusAreaId", "i"."strategy_id" AS "strategyId", ("m"."due_date" < $1::date AND "m"."status" NOT IN ('done', 'cancelled')) AS "overdue", ("m"."due_date" <> "m"."original_due_date") AS "moved" FROM "milestones" "m" LEFT JOIN "initiatives" "i" ON "i"."id" = "m"."initiative_id" WHERE ("m"."status" = ANY($2)) ORDER BY "m"."due_date" ${order} ${order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST'}, "m"."id" ${order} LIMIT ${limit} OFFSET ${offset}`;

/** … and the count beside it, for Content-Range. */
export const COUNT_SQL = `SELECT count(*)::int AS "total" FROM "milestones" "m" LEFT JOIN "initiatives" "i" ON "i"."id" = "m"."initiative_id" WHERE ("m"."status" = ANY($1))`;

/** PUT: lock the rows and read their versions (lockRows: $1 the ids). */
export const LOCK_SQL = `SELECT id, version FROM milestones WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`;

/** PUT: the records before and after (RecordStore.findMany): $1 today, $2 the ids. */
export const MILESTONES_SQL = MILESTONE_SQL.replace(
  'WHERE "m"."id" = $2',
  'WHERE "m"."id" = ANY($2)',
);

/** PUT: the versioned update (updateVersioned). */
export const UPDATE_SQL = `UPDATE "milestones" SET "initiative_id" = $1, "title" = $2, "description" = $3, "due_date" = $4, "responsible_person_id" = $5, "status" = $6, "completed_on" = $7, "version" = "version" + 1, "updated_at" = pejling_now() WHERE "id" = $8 AND "version" = $9`;

/** PUT: the audit events, in the update's transaction (recordAudit), one array per column. */
export const AUDIT_SQL = `
  INSERT INTO audit_events (person_id, person_name, resource, record_id, action, before, after, initiative_id)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[], $6::jsonb[], $7::jsonb[], $8::int[])`;

/** The dashboard's strategy (StrategiesService.periodOf) … */
export const STRATEGY_SQL = `
  SELECT id, name, period_start AS "periodStart", period_end AS "periodEnd"
           FROM strategies WHERE id = $1`;

/**
 * … and its four queries, run in parallel (DashboardService.forStrategy): taken from
 * the built API itself (libs/server/src/dashboard/dashboard-sql.ts), so that they are the
 * product's statements whatever a fix changes.
 */
export const DASHBOARD: DashboardSql = require(
  join(API_LIBS, 'server/src/dashboard/dashboard-sql.js'),
);

interface DashboardSql {
  DASHBOARD_SQL: string;
  TARGETS_SQL: string;
  OVERDUE_LIST_SQL: string;
  DUE_SOON_LIST_SQL: string;
}
