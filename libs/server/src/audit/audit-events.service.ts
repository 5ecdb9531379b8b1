import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { storyDaySql } from '../core/clock/clock';
import { AUDIT_ACTIONS, AuditEventRecord, RESOURCES } from '@pejling/contracts';
import type { Actor } from '../records/actor';
import { assertMay, forbidden } from '../records/access';
import { DRAFT_READERS, draftReaderOf, readsDraftsOf } from '../records/draft-reports';
import { ListParams } from '../records/list-params';
import { ResourceReader } from '../records/list-query';
import { notFound } from '../records/versioned-write';
import { col, nullable } from '../records/columns';
import { withReferences } from './audit-references';

/** The day of an event in Copenhagen: for date filters, and the order of events. */
const DAY = storyDaySql('ae.at');

/**
 * Whether a record of an event (`ae.before` or `ae.after`) is a draft status report; never
 * unknown, also for an event stored without the state.
 */
const isDraft = (record: 'ae.before' | 'ae.after') =>
  `(ae.resource = 'status-reports' AND coalesce(${record}->>'state', '') = 'draft')`;

/**
 * The events a reader sees: a draft status report is read only by those who may write its
 * initiative's reports (`draftsReadBy`), so an event that creates, changes or deletes a
 * draft is theirs alone; of a submission, the others see what was submitted, without the
 * draft before it.
 */
const DRAFTS_SHOWN = `NOT (${isDraft('ae.after')} OR (ae.after IS NULL AND ${isDraft('ae.before')}))
  OR ${readsDraftsOf('ae.initiative_id')}`;

/** Whether an event is of a file on a record of kind `parentType`, and the record's id. */
const fileOn = (parentType: string) =>
  `(ae.resource = 'attachments' AND coalesce(ae.after, ae.before)->>'parentType' = '${parentType}')`;
const FILE_PARENT_ID = `(coalesce(ae.after, ae.before)->>'parentId')::int`;

/**
 * A file is read by whoever reads its record, and so are its events: of a file on a
 * status report, by those who read the report's draft until it is submitted (a draft
 * deleted since is never read by the others); of a file on a measurement, by the
 * secretariat until it is approved (its data owner, an owner, reads no audit trail).
 */
const FILES_SHOWN = `NOT (${fileOn('status-report')}
    AND NOT EXISTS (SELECT 1 FROM status_reports sr WHERE sr.id = ${FILE_PARENT_ID} AND sr.state = 'submitted')
    AND NOT ${readsDraftsOf('ae.initiative_id')})
  AND NOT (${fileOn('measurement')} AND NOT :readsAllMeasurements
    AND NOT EXISTS (SELECT 1 FROM measurements x WHERE x.id = ${FILE_PARENT_ID} AND x.state = 'approved'))`;

const SHOWN = `(${DRAFTS_SHOWN}) AND ${FILES_SHOWN}`;

type StoredEvent = Omit<AuditEventRecord, 'references'>;

/**
 * The audit trail, read-only: who changed what, when, before and after, and the names of
 * the records each event refers to.
 */
@Injectable()
export class AuditEventsService {
  private readonly reader: ResourceReader<StoredEvent>;

  constructor(private readonly dataSource: DataSource) {
    this.reader = new ResourceReader<StoredEvent>(dataSource, {
      from: ['audit_events', 'ae'],
      columns: {
        id: col.int(),
        at: col.instant(),
        personId: nullable(col.int()),
        personName: nullable(col.text()),
        resource: col.text(),
        recordId: col.int(),
        action: col.oneOf(AUDIT_ACTIONS)(),
        before: nullable(
          col.json<Record<string, unknown>>()(
            `CASE WHEN ${isDraft('ae.before')} AND NOT ${readsDraftsOf('ae.initiative_id')}
                THEN NULL ELSE ae.before END`,
          ),
        ),
        after: nullable(col.json<Record<string, unknown>>()()),
        initiativeId: nullable(col.int()),
      },
      sortable: ['id', 'at', 'resource', 'recordId', 'personId', 'action'],
      // By day, then by the order of events (see storyDaySql).
      sortBy: { at: DAY },
      defaultSort: ['at', 'DESC'],
      filters: {
        resource: { kind: 'enum', column: 'ae.resource', values: RESOURCES },
        recordId: { kind: 'integer', column: 'ae.record_id' },
        personId: { kind: 'id', column: 'ae.person_id' },
        initiativeId: { kind: 'id', column: 'ae.initiative_id' },
        action: { kind: 'enum', column: 'ae.action', values: AUDIT_ACTIONS },
        from: { kind: 'dateFrom', column: DAY },
        to: { kind: 'dateTo', column: DAY },
      },
    });
  }

  async list(params: ListParams, actor: Actor) {
    assertMay(actor, 'audit-events', 'list');
    const { rows, total } = await this.reader.list(params, await this.draftReader(actor), SHOWN);
    return { rows: await withReferences(this.dataSource, rows), total };
  }

  async get(id: number, actor: Actor): Promise<AuditEventRecord> {
    assertMay(actor, 'audit-events', 'show');
    const reader = await this.draftReader(actor);
    const record = await this.reader.findOne(id, reader, undefined, SHOWN);
    if (!record) {
      if (!(await this.reader.findOne(id, reader))) throw notFound('audit event', id);
      throw forbidden(
        `audit event ${id}: it records a draft status report, or a file on a record you may not read, and ${DRAFT_READERS}`,
      );
    }
    const [event] = await withReferences(this.dataSource, [record]);
    return event;
  }

  private async draftReader(actor: Actor): Promise<Record<string, unknown>> {
    return {
      ...(await draftReaderOf(this.dataSource.manager, actor)),
      readsAllMeasurements: actor.role === 'secretariat',
    };
  }
}
