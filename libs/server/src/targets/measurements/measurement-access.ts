import { EntityManager } from 'typeorm';
import type { MeasurementState } from '@pejling/contracts';
import type { Actor } from '../../records/actor';
import { isDataOwnerSql } from '../../records/data-ownership';

/** How an actor stands to a measurement (and what hangs on it, such as its files). */
export interface MeasurementStanding {
  state: MeasurementState;
  /** An approved value is every role's to read; one proposed or returned, work in progress. */
  readable: boolean;
  /** The secretariat always; the series' data owner until it is approved. */
  changeable: boolean;
}

/**
 * How the actor stands to measurement `id`, in one query: its state, and whether they speak
 * for its series' data owner. Undefined when there is no such measurement.
 */
export async function measurementStanding(
  manager: EntityManager,
  actor: Actor,
  id: number,
): Promise<MeasurementStanding | undefined> {
  const [row]: { state: MeasurementState; dataOwner: boolean | null }[] = await manager.query(
    `SELECT x.state, ${isDataOwnerSql('$2::int', '$3::text', '$4::int')} AS "dataOwner"
       FROM measurements x
       JOIN target_series s ON s.id = x.series_id
       JOIN targets t ON t.id = s.target_id
      WHERE x.id = $1`,
    [id, actor.personId, actor.role, actor.organisationId],
  );
  if (!row) return undefined;
  const secretariat = actor.role === 'secretariat';
  const dataOwner = row.dataOwner === true;
  return {
    state: row.state,
    readable: row.state === 'approved' || secretariat || dataOwner,
    changeable: secretariat || (dataOwner && row.state !== 'approved'),
  };
}
