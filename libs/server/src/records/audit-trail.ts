import { InternalServerErrorException, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditAction, ResourceName } from '@pejling/contracts';
import type { Actor } from './actor';
import { isDatabaseUnavailable } from '../core/http/database-errors';

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

const logger = new Logger('AuditTrail');

/**
 * Writes an audit event in the caller's transaction: if it fails, the change it records
 * is rolled back with it. The failure is the server's, not the request's: it answers 500
 * (whatever the database said is logged, never sent).
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  try {
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
  } catch (error) {
    // A database that went away is an outage like any other (503), not the trail's failure.
    if (isDatabaseUnavailable(error)) throw error;
    logger.error(
      `audit event for ${entry.action} of ${entry.resource} ${entry.recordId} failed; the change is rolled back`,
      error instanceof Error ? error.stack : String(error),
    );
    throw new InternalServerErrorException(
      'the change could not be recorded in the audit trail, so it was not saved',
    );
  }
}
