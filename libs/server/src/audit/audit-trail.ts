import { EntityManager } from 'typeorm';
import type { AuditAction, ResourceName } from '@pejling/contracts';
import type { Actor } from '../auth/actor';

export interface AuditEntry {
  actor: Actor;
  resource: ResourceName;
  recordId: number;
  action: AuditAction;
  before: object | null;
  after: object | null;
  /** The initiative the record belongs to, so its history shows the record's changes. */
  initiativeId: number | null;
}

/**
 * Writes an audit event in the caller's transaction: if it fails, the change it records
 * is rolled back with it.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_events (person_id, person_name, resource, record_id, action, before, after, initiative_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.actor.personId,
      entry.actor.name,
      entry.resource,
      entry.recordId,
      entry.action,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      entry.initiativeId,
    ],
  );
}
