import { EntityManager } from 'typeorm';
import type { Actor } from '../../records/actor';
import { isDataOwnerOfSeries } from '../../records/data-ownership';

/**
 * Whether the actor may read measurement `id`: an approved value is public to every role;
 * a proposed or returned one is work in progress, read by the secretariat and the series'
 * data owner.
 */
export async function mayReadMeasurement(
  manager: EntityManager,
  actor: Actor,
  id: number,
): Promise<boolean> {
  const rows: { state: string; series_id: number }[] = await manager.query(
    'SELECT state, series_id FROM measurements WHERE id = $1',
    [id],
  );
  if (!rows.length) return false;
  if (rows[0].state === 'approved' || actor.role === 'secretariat') return true;
  return isDataOwnerOfSeries(manager, actor, rows[0].series_id);
}

/**
 * Whether the actor may change measurement `id` (or what hangs on it, such as its files):
 * the secretariat always; the series' data owner while it is not yet approved.
 */
export async function mayChangeMeasurement(
  manager: EntityManager,
  actor: Actor,
  id: number,
): Promise<boolean> {
  if (actor.role === 'secretariat') return true;
  const rows: { state: string; series_id: number }[] = await manager.query(
    'SELECT state, series_id FROM measurements WHERE id = $1',
    [id],
  );
  if (!rows.length || rows[0].state === 'approved') return false;
  return isDataOwnerOfSeries(manager, actor, rows[0].series_id);
}
