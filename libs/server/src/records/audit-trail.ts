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
 * Writes audit events in the caller's transaction, in one statement: if it fails, the
 * changes they record are rolled back with it. The failure is the server's, not the
 * request's: it answers 500 (whatever the database said is logged, never sent).
 */
export async function recordAudits(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const json = (value: object | null) => (value === null ? null : JSON.stringify(value));
  try {
    await manager.query(
      `INSERT INTO audit_events (person_id, person_name, resource, record_id, action, before, after, initiative_id)
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[], $6::jsonb[], $7::jsonb[], $8::int[])`,
      [
        entries.map((e) => e.actor.personId),
        entries.map((e) => e.actor.name),
        entries.map((e) => e.resource),
        entries.map((e) => e.recordId),
        entries.map((e) => e.action),
        entries.map((e) => json(e.before)),
        entries.map((e) => json(e.after)),
        entries.map((e) => e.initiativeId),
      ],
    );
  } catch (error) {
    // A database that went away is an outage like any other (503), not the trail's failure.
    if (isDatabaseUnavailable(error)) throw error;
    const what =
      entries.length === 1
        ? `${entries[0].action} of ${entries[0].resource} ${entries[0].recordId}`
        : `${entries.length} changes`;
    logger.error(
      `audit event for ${what} failed; the change is rolled back`,
      error instanceof Error ? error.stack : String(error),
    );
    throw new InternalServerErrorException(
      'the change could not be recorded in the audit trail, so it was not saved',
    );
  }
}

/** One audit event, as `recordAudits` writes them. */
export function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  return recordAudits(manager, [entry]);
}
