import {
  BadRequestException,
  ConflictException,
  GoneException,
  Inject,
  Injectable,
  PayloadTooLargeException,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { DataSource, EntityManager } from 'typeorm';
import {
  formatFileSize,
  IMPORT_PREVIEW_HOURS,
  SHARED_SHEETS,
  type ImportApplyRequest,
  type ImportConflict,
  type ImportPreview,
  type ImportResult,
  type Language,
} from '@pejling/contracts';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { multipartParts } from '../core/http/multipart';
import { fieldError } from '../core/http/validation';
import { assertMayDo } from '../records/access';
import type { Actor } from '../records/actor';
import { notFound } from '../records/versioned-write';
import { readPlanRows } from '../workbook/plan-rows';
import { SHEET_BY_NAME } from '../workbook/sheets';
import { readWorkbook } from '../workbook/reading/read-workbook';
import { UnreadableFile } from '../workbook/reading/unreadable-file';
import { applyWrites, type Deletion } from './apply-writes';
import { planImport, type ImportPlan, type PlannedWrite, type Unnamed } from './import-plan';
import { RecordWriters } from './record-writers';
import { bodyErrors } from './body-errors';
import { ruleErrors } from './row-rules';
import { Clock } from '../core/clock/clock';

/** The largest file an import takes: a plan of 50 000 rows is a few MB. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** What a stored preview keeps for its apply. */
interface StoredPlan {
  writes: PlannedWrite[];
  notInFile: Unnamed[];
}

interface ImportRow {
  id: number;
  strategy_id: number | null;
  file_name: string;
  language: Language;
  state: 'previewed' | 'applied';
  created_at: Date;
  expires_at: Date;
  expired: boolean;
  preview: Omit<
    ImportPreview,
    'id' | 'state' | 'fileName' | 'strategyId' | 'createdAt' | 'expiresAt'
  >;
  writes: StoredPlan;
  result: ImportResult | null;
}

/**
 * Imports of a plan from a workbook: read into a preview of exactly what would change
 * (nothing written but the preview), then applied as the person who applies it, in one
 * transaction, through each record's own write path, or not at all.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writers: RecordWriters,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `POST /imports`: the multipart form's `strategyId` (optional) and `file`. */
  async upload(request: IncomingMessage, actor: Actor, language: Language): Promise<ImportPreview> {
    assertMayDo(actor, 'import-plans');
    let strategyId: number | null = null;
    let file: { bytes: Buffer; name: string } | undefined;
    const form = { fieldSize: 100, idleMs: this.config.attachmentIdleMs };
    for await (const part of multipartParts(request, form)) {
      if (part.kind === 'field') {
        if (part.name !== 'strategyId') throw fieldError(part.name, 'is not a field of an import');
        strategyId = parseStrategyId(part.value);
      } else if (part.name !== 'file' || file) {
        throw fieldError(part.name, file ? 'send one file at a time' : 'send the file as "file"');
      } else {
        file = { bytes: await readLimited(part.chunks), name: part.fileName ?? 'import' };
      }
    }
    if (!file) throw fieldError('file', 'is required');
    return this.preview(file.bytes, file.name, strategyId, actor, language);
  }

  /** Reads a workbook into a stored preview; the command line calls this directly. */
  async preview(
    bytes: Buffer,
    fileName: string,
    strategyId: number | null,
    actor: Actor,
    language: Language,
  ): Promise<ImportPreview> {
    assertMayDo(actor, 'import-plans');
    if (strategyId !== null) await this.assertStrategy(strategyId);
    let read;
    try {
      read = await readWorkbook(bytes, fileName, language);
    } catch (error) {
      if (error instanceof UnreadableFile) throw new UnprocessableEntityException(error.message);
      throw error;
    }
    // One snapshot of the plan for the whole comparison.
    const plan = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const stored = await readPlanRows(manager, strategyId);
      const names: { name: string }[] = await manager.query('SELECT name FROM strategies');
      const planned = planImport(read, stored, {
        newStrategy: strategyId === null,
        language,
        strategyNames: names.map((n) => n.name),
      });
      planned.errors.push(...ruleErrors(planned, stored, { language, today: this.clock.today() }));
      return planned;
    });
    plan.errors.push(...(await bodyErrors(plan, this.writers, language)));
    const [row]: { id: number }[] = await this.dataSource.query(
      `INSERT INTO imports (person_id, strategy_id, file_name, language, expires_at, preview, writes)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5), $6, $7) RETURNING id`,
      [
        actor.personId,
        strategyId,
        fileName,
        language,
        IMPORT_PREVIEW_HOURS,
        JSON.stringify(previewOf(plan)),
        JSON.stringify({ writes: plan.writes, notInFile: plan.notInFile } satisfies StoredPlan),
      ],
    );
    // Previews long past their day are of no use to anyone.
    await this.dataSource.query(
      `DELETE FROM imports WHERE state = 'previewed' AND expires_at < now() - interval '7 days'`,
    );
    return this.get(row.id, actor);
  }

  async get(id: number, actor: Actor): Promise<ImportPreview> {
    assertMayDo(actor, 'import-plans');
    return toPreview(await this.find(id, this.dataSource.manager));
  }

  /**
   * Applies a preview, all of it or nothing: refused while it has errors (400), a person's
   * change of e-mail or role is not confirmed (400), or a record it changes has changed
   * since the preview or the export its row came from (409, naming each).
   */
  async apply(id: number, request: ImportApplyRequest, actor: Actor): Promise<ImportResult> {
    assertMayDo(actor, 'import-plans');
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM imports WHERE id = $1 FOR UPDATE', [id]);
      const stored = await this.find(id, manager);
      if (stored.state === 'applied') {
        throw new ConflictException(`import ${id} is applied already`);
      }
      if (stored.expired) {
        throw new GoneException(
          `import ${id}'s preview expired after ${IMPORT_PREVIEW_HOURS} hours: upload the file again`,
        );
      }
      const { preview } = stored;
      if (preview.errors.length) {
        throw new BadRequestException(
          `import ${id} has ${preview.errors.length} errors: correct the file and upload it again`,
        );
      }
      assertConfirmed(preview, request.confirm ?? []);
      const deletions = deletionsOf(stored.writes.notInFile, request.delete ?? []);
      const conflicts = [...preview.conflicts, ...(await this.changedSince(manager, stored))];
      if (conflicts.length) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `${conflicts.length} records were changed since the workbook was exported or previewed; nothing was imported: export the plan again and redo the changes there`,
          conflicts,
        });
      }
      const result = await applyWrites(manager, this.writers, {
        strategyId: stored.strategy_id,
        writes: stored.writes.writes,
        deletions,
        actor,
      });
      const answer: ImportResult = { id, state: 'applied', ...result };
      await manager.query(
        `UPDATE imports SET state = 'applied', applied_at = now(), result = $2,
                strategy_id = $3 WHERE id = $1`,
        [id, JSON.stringify(answer), result.strategyId],
      );
      return answer;
    });
  }

  /** The records the preview would change whose version has moved on since it. */
  private async changedSince(manager: EntityManager, stored: ImportRow): Promise<ImportConflict[]> {
    const conflicts: ImportConflict[] = [];
    const bySheet = new Map<string, PlannedWrite[]>();
    for (const write of stored.writes.writes) {
      if (write.action !== 'update') continue;
      bySheet.set(write.sheet, [...(bySheet.get(write.sheet) ?? []), write]);
    }
    for (const [sheet, writes] of bySheet) {
      const { table } = this.writers.writers[sheet as keyof RecordWriters['writers']];
      const rows: { id: number; version: number }[] = await manager.query(
        `SELECT id, version FROM ${table} WHERE id = ANY($1::int[])`,
        [writes.map((w) => w.recordId)],
      );
      const now = new Map(rows.map((r) => [r.id, r.version]));
      for (const write of writes) {
        const version = now.get(write.recordId as number) ?? 0;
        if (version === write.version) continue;
        conflicts.push({
          sheet: write.sheet,
          sheetLabel: SHEET_BY_NAME.get(write.sheet)?.title[stored.language] ?? write.sheet,
          row: write.row || null,
          recordId: write.recordId,
          key: write.key,
          versionRead: write.version as number,
          versionNow: version,
        });
      }
    }
    return conflicts;
  }

  private async assertStrategy(id: number) {
    const found = await this.dataSource.query('SELECT 1 FROM strategies WHERE id = $1', [id]);
    if (!found.length) throw fieldError('strategyId', `no strategy with id ${id}`);
  }

  private async find(id: number, manager: EntityManager): Promise<ImportRow> {
    const [row]: ImportRow[] = await manager.query(
      `SELECT id, strategy_id, file_name, language, state, created_at, expires_at,
              expires_at < now() AS expired, preview, writes, result
         FROM imports WHERE id = $1`,
      [id],
    );
    if (!row) throw notFound('import', id);
    return row;
  }
}

function previewOf(plan: ImportPlan): ImportRow['preview'] {
  const shared = (sheet: string) => SHARED_SHEETS.includes(sheet as never);
  const changes = plan.changes.filter((c) => !shared(c.sheet));
  const sharedChanges = plan.changes.filter((c) => shared(c.sheet));
  const count = (action: 'create' | 'update') =>
    plan.changes.filter((c) => c.action === action).length;
  return {
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: plan.unchanged,
      conflicts: plan.conflicts.length,
      errors: plan.errors.length,
      notInFile: plan.notInFile.length,
    },
    changes,
    sharedChanges,
    conflicts: plan.conflicts,
    errors: plan.errors,
    notInFile: plan.notInFile.map(({ partKey: _partKey, ...ref }) => ref),
  };
}

function toPreview(row: ImportRow): ImportPreview {
  return {
    id: row.id,
    state: row.state === 'previewed' && row.expired ? 'expired' : row.state,
    fileName: row.file_name,
    strategyId: row.strategy_id,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    ...row.preview,
  };
}

/** Each change of an existing person's e-mail or role, or a new secretariat, named in `confirm`. */
function assertConfirmed(preview: ImportRow['preview'], confirm: string[]) {
  const confirmed = new Set(confirm.map((email) => email.trim().toLowerCase()));
  const missing = preview.sharedChanges
    .filter((c) => c.needsConfirmation)
    .map((c) => c.renamedFrom ?? c.key)
    .filter((email) => !confirmed.has(email.toLowerCase()));
  if (missing.length) {
    throw fieldError(
      'confirm',
      `the import changes the e-mail or role of ${missing.join(', ')} (or makes them secretariat): name them in confirm to apply it`,
    );
  }
}

/** The records to delete, each one the preview lists as not in the file. */
function deletionsOf(
  notInFile: Unnamed[],
  requested: ImportApplyRequest['delete'] & object,
): Deletion[] {
  return requested.map((item, n) => {
    const found = notInFile.find(
      (r) =>
        r.sheet === item.sheet &&
        r.recordId === item.id &&
        (r.partKey ?? undefined) === (item.key ?? undefined),
    );
    if (!found) {
      throw fieldError(
        `delete.${n}`,
        `${item.sheet} ${item.id}${item.key ? ` ${item.key}` : ''} is not one of the records the preview lists as not in the file`,
      );
    }
    return { sheet: found.sheet, id: found.recordId as number, partKey: found.partKey };
  });
}

function parseStrategyId(value: string): number | null {
  if (value.trim() === '') return null;
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) {
    throw fieldError('strategyId', 'must be the id of a strategy');
  }
  return id;
}

async function readLimited(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_IMPORT_FILE_BYTES) {
      throw new PayloadTooLargeException(
        `the file is larger than ${formatFileSize(MAX_IMPORT_FILE_BYTES, 'en-GB')}, the most an import takes`,
      );
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
