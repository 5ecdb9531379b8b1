import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import {
  BadRequestException,
  Inject,
  Injectable,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ATTACHMENT_PARENT_TYPES,
  formatFileSize,
  mayWriteAuthored,
  type AttachmentParentType,
  type AttachmentRecord,
} from '@pejling/contracts';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { MAX_ID } from '../core/http/id.pipe';
import { multipartParts, type MultipartPart } from '../core/http/multipart';
import { fieldError } from '../core/http/validation';
import { assertMay, forbidden } from '../records/access';
import type { Actor } from '../records/actor';
import { recordAudit } from '../records/audit-trail';
import { col, nullable } from '../records/columns';
import type { ListParams } from '../records/list-params';
import { ResourceReader } from '../records/list-query';
import { notFound } from '../records/versioned-write';
import {
  assertOpen,
  assertTheirs,
  lockParent,
  PARENT_COLUMNS,
  readableParent,
  type Parent,
  type ParentStanding,
} from './attachment-parents';
import { ChunkWriter, chunkStream, storedBytes } from './chunk-store';
import { ContentSniffer, contentKind } from './content-kind';
import { safeFileName } from './file-name';

/** The parent's kind and id, as SQL on `attachments a`. */
const PARENT_TYPE_SQL = `CASE WHEN a.initiative_id IS NOT NULL THEN 'initiative'
  WHEN a.milestone_id IS NOT NULL THEN 'milestone'
  WHEN a.status_report_id IS NOT NULL THEN 'status-report' ELSE 'measurement' END`;
const PARENT_ID_SQL =
  'coalesce(a.initiative_id, a.milestone_id, a.status_report_id, a.measurement_id)';

/**
 * A zip's entries may inflate to this many times the largest attachment: Office files
 * compress a few times over, a zip bomb by hundreds.
 */
const INFLATE_FACTOR = 10;

/** The form's fields before the file, and the longest value each may have. */
const FIELDS = ['parentType', 'parentId'];
const FIELD_SIZE = 100;

/**
 * Attachments: files kept as evidence on a record. A file is read by whoever reads its
 * parent record and added by whoever may change it, while the parent's state allows
 * (`attachment-parents.ts`); it is deleted by whoever uploaded it or the secretariat. An
 * upload streams into the database inside one transaction: a file too large, over its
 * organisation's quota, of a kind Pejling does not take, or broken off, leaves nothing.
 */
@Injectable()
export class AttachmentsService {
  private readonly reader: ResourceReader<AttachmentRecord>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.reader = new ResourceReader<AttachmentRecord>(dataSource, {
      from: ['attachments', 'a'],
      columns: {
        id: col.int(),
        parentType: col.oneOf(ATTACHMENT_PARENT_TYPES)(PARENT_TYPE_SQL),
        parentId: col.int(PARENT_ID_SQL),
        fileName: col.text(),
        contentType: col.text(),
        size: col.int(),
        uploadedByPersonId: nullable(col.int()),
        createdAt: col.instant(),
      },
      sortable: ['id', 'fileName', 'size', 'createdAt'],
      defaultSort: ['createdAt', 'ASC'],
      filters: {
        parentType: { kind: 'enum', column: PARENT_TYPE_SQL, values: ATTACHMENT_PARENT_TYPES },
        parentId: { kind: 'id', column: PARENT_ID_SQL },
      },
    });
  }

  /** The files of one parent record, named in the filter (`parentType`, `parentId`). */
  async list(params: ListParams, actor: Actor) {
    assertMay(actor, 'attachments', 'list');
    const parent = parentFrom(
      params.filter,
      (field, problem) => new BadRequestException(`filter: ${field} ${problem}`),
    );
    await readableParent(this.dataSource.manager, actor, parent);
    // The parent's own column, which its index serves.
    const scope = `a.${PARENT_COLUMNS[parent.type]} = :parentId`;
    return this.reader.list(params, { parentId: parent.id }, scope);
  }

  async get(id: number, actor: Actor): Promise<AttachmentRecord> {
    assertMay(actor, 'attachments', 'show');
    return (await this.readable(this.dataSource.manager, id, actor)).record;
  }

  /** A file's record and its bytes, streamed from the database as they are sent. */
  async open(id: number, actor: Actor): Promise<{ record: AttachmentRecord; content: Readable }> {
    const record = await this.get(id, actor);
    return { record, content: chunkStream(this.dataSource, id, record.size) };
  }

  /**
   * Stores the file of a `multipart/form-data` request: `parentType` and `parentId`, then
   * `file`. The parent is checked before the file is read; the file is checked as it
   * streams in (its size) and once it is in (its kind, the quota), in the same transaction.
   */
  async upload(request: IncomingMessage, actor: Actor): Promise<AttachmentRecord> {
    assertMay(actor, 'attachments', 'create');
    return this.dataSource.transaction(async (manager) => {
      const fields: Record<string, string> = {};
      let stored: { id: number; standing: ParentStanding } | undefined;
      const form = { fieldSize: FIELD_SIZE, idleMs: this.config.attachmentIdleMs };
      for await (const part of multipartParts(request, form)) {
        if (stored) {
          throw fieldError(
            part.name,
            part.kind === 'file'
              ? 'holds a second file: send one file at a time'
              : 'comes after the file: send parentType and parentId before it',
          );
        }
        if (part.kind === 'field') {
          takeField(fields, part);
          continue;
        }
        if (part.name !== 'file') {
          throw fieldError(part.name, 'is not a field of this resource: send the file as "file"');
        }
        const parent = parentFrom(fields);
        await lockParent(manager, parent);
        const standing = await readableParent(manager, actor, parent);
        assertOpen(standing);
        assertTheirs(standing);
        stored = { id: await this.store(manager, actor, parent, part), standing };
      }
      if (!stored) {
        parentFrom(fields);
        throw fieldError('file', 'is required');
      }
      const record = await this.find(stored.id, manager);
      await recordAudit(manager, {
        actor,
        resource: 'attachments',
        recordId: record.id,
        action: 'create',
        before: null,
        after: record,
        initiativeId: stored.standing.initiativeId,
      });
      return record;
    });
  }

  /** Deletes a file: its uploader or the secretariat, while its parent's state allows. */
  async remove(id: number, actor: Actor): Promise<AttachmentRecord> {
    assertMay(actor, 'attachments', 'delete');
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM attachments WHERE id = $1 FOR UPDATE', [id]);
      const { record, standing } = await this.readable(manager, id, actor, { lock: true });
      assertOpen(standing);
      const person = { personId: actor.personId, role: actor.role };
      if (!mayWriteAuthored(person, 'attachments', 'delete', record)) {
        throw forbidden(
          `attachment ${id} was uploaded by someone else: only whoever uploaded it and the secretariat delete it`,
        );
      }
      await manager.query('DELETE FROM attachments WHERE id = $1', [id]);
      await recordAudit(manager, {
        actor,
        resource: 'attachments',
        recordId: id,
        action: 'delete',
        before: record,
        after: null,
        initiativeId: standing.initiativeId,
      });
      return record;
    });
  }

  /**
   * A file whose parent the actor reads; 404 for the others, as for a missing one. With
   * `lock`, the parent is held as it is for the rest of the transaction (`lockParent`).
   */
  private async readable(manager: EntityManager, id: number, actor: Actor, { lock = false } = {}) {
    const record = await this.find(id, manager);
    const parent: Parent = { type: record.parentType, id: record.parentId };
    if (lock) await lockParent(manager, parent);
    try {
      const standing = await readableParent(manager, actor, parent);
      return { record, standing };
    } catch (error) {
      if (error instanceof NotFoundException) throw notFound('attachment', id);
      throw error;
    }
  }

  private async find(id: number, manager: EntityManager): Promise<AttachmentRecord> {
    const record = await this.reader.findOne(id, {}, manager);
    if (!record) throw notFound('attachment', id);
    return record;
  }

  /**
   * Writes the file's bytes as they come, within the size limit and what is left of the
   * quota; then decides its kind from its content and names it; answers its id.
   */
  private async store(
    manager: EntityManager,
    actor: Actor,
    parent: Parent,
    file: Extract<MultipartPart, { kind: 'file' }>,
  ): Promise<number> {
    const max = this.config.attachmentMaxBytes;
    const quota = await this.quotaOf(manager, actor);
    const [{ id }]: { id: number }[] = await manager.query(
      `INSERT INTO attachments (${PARENT_COLUMNS[parent.type]}, file_name, content_type, size,
                                uploaded_by_person_id, organisation_id)
       VALUES ($1, 'upload', 'application/octet-stream', 0, $2, $3) RETURNING id`,
      [parent.id, actor.personId, actor.organisationId],
    );
    const writer = new ChunkWriter(manager, id);
    const sniffer = new ContentSniffer();
    let size = 0;
    for await (const data of file.chunks) {
      size += data.length;
      if (size > max) {
        throw new PayloadTooLargeException(
          `file: is larger than ${formatFileSize(max, 'en-GB')}, the most an attachment may be`,
        );
      }
      if (quota.used + size > quota.bytes) throw overQuota(quota);
      sniffer.update(data);
      await writer.write(data);
    }
    await writer.end();
    if (size === 0) throw fieldError('file', 'is empty');
    const kind = await contentKind(sniffer.result(), size, storedBytes(manager, id), {
      maxInflatedBytes: max * INFLATE_FACTOR,
    });
    // Others of the organisation may have uploaded meanwhile: counted again, in turn.
    const now = await this.quotaOf(manager, actor, id);
    if (now.used + size > now.bytes) throw overQuota(now);
    await manager.query(
      'UPDATE attachments SET file_name = $2, content_type = $3, size = $4 WHERE id = $1',
      [id, safeFileName(file.fileName, kind.extensions), kind.contentType, size],
    );
    return id;
  }

  /**
   * What the actor's organisation's files take of its quota (people without an
   * organisation share one), besides `uploading`. Given that, it waits for any other upload
   * of the organisation finishing now, so that two at once cannot both slip under it.
   */
  private async quotaOf(manager: EntityManager, actor: Actor, uploading?: number) {
    if (uploading !== undefined) {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('attachment-quota'), coalesce($1::int, 0))`,
        [actor.organisationId],
      );
    }
    const [row]: { used: string; name: string | null }[] = await manager.query(
      `SELECT coalesce(sum(a.size), 0) AS used,
              (SELECT short_name FROM organisations WHERE id = $1) AS name
         FROM attachments a
        WHERE a.organisation_id IS NOT DISTINCT FROM $1 AND a.id IS DISTINCT FROM $2`,
      [actor.organisationId, uploading ?? null],
    );
    return { used: Number(row.used), bytes: this.config.attachmentQuotaBytes, name: row.name };
  }
}

function overQuota(quota: { used: number; bytes: number; name: string | null }) {
  const whose = quota.name
    ? `${quota.name}'s attachments`
    : 'the attachments of people without an organisation';
  return new PayloadTooLargeException(
    `file: would take ${whose} past their quota of ${formatFileSize(quota.bytes, 'en-GB')} (${formatFileSize(quota.used, 'en-GB')} used): delete files that are no longer needed`,
  );
}

/** One of the form's fields before the file, each once. */
function takeField(
  fields: Record<string, string>,
  part: { name: string; value: string; truncated: boolean },
) {
  if (!FIELDS.includes(part.name)) throw fieldError(part.name, 'is not a field of this resource');
  if (part.name in fields) throw fieldError(part.name, 'is given more than once');
  if (part.truncated) throw fieldError(part.name, 'is too long');
  fields[part.name] = part.value;
}

/**
 * The parent that `parentType` and `parentId` name: the form's fields, or a list's filter
 * (whose refusals `refuse` words as a filter's).
 */
function parentFrom(
  values: Record<string, unknown>,
  refuse: (field: string, problem: string) => Error = fieldError,
): Parent {
  const { parentType: type, parentId: raw } = values;
  if (type === undefined) throw refuse('parentType', 'is required');
  if (!ATTACHMENT_PARENT_TYPES.includes(type as AttachmentParentType)) {
    throw refuse('parentType', `must be one of ${ATTACHMENT_PARENT_TYPES.join(', ')}`);
  }
  if (raw === undefined) throw refuse('parentId', 'is required');
  // A form sends text, a filter JSON: either way, a positive 32-bit whole number as written.
  const written = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  const id = /^[1-9][0-9]{0,9}$/.test(written) ? Number(written) : NaN;
  if (!(id <= MAX_ID)) throw refuse('parentId', 'must be a positive whole number');
  return { type: type as AttachmentParentType, id };
}
