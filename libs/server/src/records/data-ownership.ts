import { EntityManager } from 'typeorm';
import type { Actor } from './actor';

/*
 * Who speaks for a target's figures: its data owner (an organisation, optionally a person),
 * which a series may override. Beside `ownership.ts`, which says whose initiatives are
 * whose: the session (`GET /api/auth/me`) and the measurements read both.
 */

/**
 * A series' data owner: its own if it names one, else its target's. For `FROM target_series s
 * JOIN targets t ON t.id = s.target_id`.
 */
export const DATA_OWNER_ORGANISATION_SQL = `CASE WHEN s.data_owner_organisation_id IS NOT NULL
  THEN s.data_owner_organisation_id ELSE t.data_owner_organisation_id END`;
export const DATA_OWNER_PERSON_SQL = `CASE WHEN s.data_owner_organisation_id IS NOT NULL
  THEN s.data_owner_person_id ELSE t.data_owner_person_id END`;

/**
 * Whether a person (the SQL expressions `person`, `role`, `organisation`) speaks for the data
 * owner of series `s`: the person it names, or an owner in its organisation.
 */
export const isDataOwnerSql = (person: string, role: string, organisation: string) =>
  `(${DATA_OWNER_PERSON_SQL} = ${person}
    OR (${role} = 'owner' AND ${DATA_OWNER_ORGANISATION_SQL} = ${organisation}))`;

/** The targets with a series whose data owner the actor speaks for. */
export async function dataTargetIds(manager: EntityManager, actor: Actor): Promise<number[]> {
  if (actor.personId === null) return [];
  const rows: { id: number }[] = await manager.query(
    `SELECT DISTINCT t.id FROM target_series s JOIN targets t ON t.id = s.target_id
      WHERE ${isDataOwnerSql('$1::int', '$2::text', '$3::int')} ORDER BY t.id`,
    [actor.personId, actor.role, actor.organisationId],
  );
  return rows.map((row) => row.id);
}
