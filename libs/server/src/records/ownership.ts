import { EntityManager } from 'typeorm';
import type { Actor } from './actor';

/**
 * The initiatives a person may change as an owner: those where they are a responsible
 * person, or their organisation is one of its leads.
 */
export const OWN_INITIATIVES_SQL = `
  SELECT i.id FROM initiatives i
   WHERE EXISTS (SELECT 1 FROM initiative_leads l WHERE l.initiative_id = i.id AND l.organisation_id = $2)
      OR EXISTS (SELECT 1 FROM initiative_responsibles r WHERE r.initiative_id = i.id AND r.person_id = $1)`;

export async function ownInitiativeIds(manager: EntityManager, actor: Actor): Promise<number[]> {
  if (actor.personId === null) return [];
  const rows: { id: number }[] = await manager.query(`${OWN_INITIATIVES_SQL} ORDER BY i.id`, [
    actor.personId,
    actor.organisationId,
  ]);
  return rows.map((r) => r.id);
}

/** Whether the actor may change initiative `id`: the secretariat always, an owner if it is theirs. */
export async function mayChangeInitiative(
  manager: EntityManager,
  actor: Actor,
  id: number,
): Promise<boolean> {
  if (actor.role === 'secretariat') return true;
  if (actor.role !== 'owner' || actor.personId === null) return false;
  const rows = await manager.query(`SELECT 1 FROM (${OWN_INITIATIVES_SQL}) own WHERE own.id = $3`, [
    actor.personId,
    actor.organisationId,
    id,
  ]);
  return rows.length > 0;
}
