import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  MILESTONE_STATUSES,
  MilestoneRecord,
  MilestoneStatusChangeResult,
  MilestoneUpdate,
  StaleMilestones,
} from '@pejling/contracts';
import type { Actor } from '../../records/actor';
import { Clock } from '../../core/clock/clock';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { lockRow, staleVersion } from '../../records/versioned-write';
import { fieldError } from '../../core/http/validation';
import { assertMay, forbidden } from '../../records/access';
import { mayChangeInitiative } from '../../records/ownership';
import { transferredOf } from '../../records/transferred';
import {
  CreateMilestoneDto,
  MilestoneStatusChangeDto,
  MilestoneVersionDto,
  UpdateMilestoneDto,
} from './milestone.dto';
import { Milestone } from './milestone.entity';
import { completedOnFor, movedMilestoneSql, overdueMilestoneSql } from '../rules/milestone-rules';
import { col, nullable, RECORD_META } from '../../records/columns';

/** `:today` is the clock's date (see `queryParameters`). */
const OVERDUE_SQL = overdueMilestoneSql(':today');

@Injectable()
export class MilestonesService extends RecordStore<
  MilestoneRecord,
  Milestone,
  CreateMilestoneDto,
  UpdateMilestoneDto
> {
  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super(dataSource, {
      entity: Milestone,
      resource: 'milestones',
      label: 'milestone',
      initiativeOf: (record) => record.initiativeId,
      read: {
        from: ['milestones', 'm'],
        joins: [['initiatives', 'i', 'i.id = m.initiative_id']],
        columns: {
          ...RECORD_META,
          initiativeId: col.int(),
          title: col.text(),
          description: col.text(),
          dueDate: col.date(),
          originalDueDate: col.date(),
          responsiblePersonId: nullable(col.int()),
          status: col.oneOf(MILESTONE_STATUSES)(),
          completedOn: nullable(col.date()),
          focusAreaId: col.int('i.focus_area_id'),
          strategyId: col.int('i.strategy_id'),
          overdue: col.bool(OVERDUE_SQL),
          moved: col.bool(movedMilestoneSql()),
        },
        sortable: [
          'id',
          'title',
          'dueDate',
          'originalDueDate',
          'status',
          'initiativeId',
          'responsiblePersonId',
          'completedOn',
        ],
        defaultSort: ['dueDate', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['m.title', 'm.description'] },
          initiativeId: { kind: 'id', column: 'm.initiative_id' },
          focusAreaId: { kind: 'id', column: 'i.focus_area_id' },
          strategyId: { kind: 'id', column: 'i.strategy_id' },
          responsiblePersonId: { kind: 'id', column: 'm.responsible_person_id' },
          status: { kind: 'enum', column: 'm.status', values: MILESTONE_STATUSES },
          dueFrom: { kind: 'dateFrom', column: 'm.due_date' },
          dueTo: { kind: 'dateTo', column: 'm.due_date' },
          overdue: { kind: 'flag', where: OVERDUE_SQL },
          moved: { kind: 'flag', where: movedMilestoneSql() },
        },
      },
      toColumns: (dto) => ({
        initiativeId: dto.initiativeId,
        title: dto.title.trim(),
        description: dto.description ?? '',
        dueDate: dto.dueDate,
        responsiblePersonId: dto.responsiblePersonId ?? null,
        status: dto.status ?? 'planned',
      }),
    });
  }

  protected override queryParameters() {
    return { today: this.clock.today() };
  }

  /** An owner writes milestones of their own initiatives only, and cannot move one away. */
  protected override async checkWrite({
    actor,
    manager,
    before,
    dto,
  }: WriteCheck<MilestoneRecord, CreateMilestoneDto>) {
    if (actor.role === 'secretariat') return;
    for (const initiativeId of new Set([before?.initiativeId, dto?.initiativeId])) {
      if (
        initiativeId !== undefined &&
        !(await mayChangeInitiative(manager, actor, initiativeId))
      ) {
        throw forbidden(
          `initiative ${initiativeId} is not one of yours: you may write milestones only of initiatives you are responsible for or your organisation leads`,
        );
      }
    }
  }

  /**
   * A milestone brought in from a workbook keeps the due date it was planned with there
   * (the trigger has given it its due date; it differs only once a deadline has moved).
   */
  protected override async afterWrite(
    manager: EntityManager,
    id: number,
    dto: CreateMilestoneDto,
    { action, actor }: { action: 'create' | 'edit'; actor: Actor },
  ) {
    const planned = transferredOf<TransferredMilestone>(dto, actor)?.originalDueDate;
    if (action === 'create' && planned && planned !== dto.dueDate) {
      await manager.query('UPDATE milestones SET original_due_date = $2 WHERE id = $1', [
        id,
        planned,
      ]);
    }
  }

  /** The day a milestone was completed follows its status (see `completedOnFor`). */
  protected override async columnsFor(dto: CreateMilestoneDto) {
    const columns = this.options.toColumns(dto);
    const status = columns.status ?? 'planned';
    return { ...columns, completedOn: completedOnFor(status, dto.completedOn, this.clock.today()) };
  }

  /**
   * Gives several milestones one status in one transaction, all or none. Each is checked
   * as its own update would be (the role, `checkWrite`, the version) and written by the
   * same `writeUpdate`, so it is versioned and audited alike; one that has the status
   * already is left as it is. Every problem of a kind is named at once: all unknown ids
   * (404), all stale versions (409).
   */
  async changeStatus(
    change: MilestoneStatusChangeDto,
    actor: Actor,
  ): Promise<MilestoneStatusChangeResult> {
    assertMay(actor, 'milestones', 'edit');
    assertNamedOnce(change.milestones);
    return this.dataSource.transaction(async (manager) => {
      const existing = await lockMilestones(manager, change.milestones);
      const unknown = change.milestones.filter(({ id }) => !existing.has(id)).map(({ id }) => id);
      if (unknown.length) {
        throw new NotFoundException(`milestones: no milestone has the id ${unknown.join(', ')}`);
      }
      const writes: { before: MilestoneRecord; dto: UpdateMilestoneDto }[] = [];
      for (const { id, version } of change.milestones) {
        const before = await this.find(id, manager);
        const dto: UpdateMilestoneDto = { ...before, status: change.status, version };
        await this.checkWrite({ action: 'edit', actor, manager, before, dto });
        writes.push({ before, dto });
      }
      const stale = writes.filter(({ before, dto }) => before.version !== dto.version);
      if (stale.length) {
        const body: StaleMilestones = {
          message: `milestones ${stale.map(({ before }) => before.id).join(', ')} were changed by someone else since you read them; nothing was changed: reload them and try again`,
          current: stale.map(({ before }) => before),
        };
        throw new ConflictException({ statusCode: 409, error: 'Conflict', ...body });
      }
      const milestones: MilestoneRecord[] = [];
      let changed = 0;
      for (const { before, dto } of writes) {
        if (before.status === change.status) {
          milestones.push(before);
        } else {
          milestones.push(await this.writeUpdate(manager, before, dto, actor));
          changed++;
        }
      }
      return { changed, milestones };
    });
  }
  /**
   * Milestone status changes that another record's write carries (a status report's
   * `milestoneUpdates`), in that write's transaction: each is checked and written as its own
   * update would be (the role, `checkWrite`, the version, `completedOnFor`) by the same
   * `writeUpdate`, so it is audited in the same shape. Each must belong to `initiativeId`;
   * `field` names the list in error messages (`milestoneUpdates.0.id: …`).
   */
  async applyStatusUpdates(
    manager: EntityManager,
    actor: Actor,
    updates: MilestoneUpdate[],
    { initiativeId, field }: { initiativeId: number; field: string },
  ): Promise<void> {
    assertMay(actor, 'milestones', 'edit');
    for (const [n, update] of updates.entries()) {
      const at = `${field}.${n}`;
      const locked = (await lockRow(manager, 'milestones', update.id)) !== undefined;
      const before = locked ? await this.find(update.id, manager) : undefined;
      if (before?.initiativeId !== initiativeId) {
        throw new BadRequestException(
          `${at}.id: milestone ${update.id} is not one of this initiative's`,
        );
      }
      const dto: UpdateMilestoneDto = {
        ...before,
        status: update.status,
        completedOn: update.completedOn ?? before.completedOn,
        version: update.version,
      };
      await this.checkWrite({ action: 'edit', actor, manager, before, dto });
      if (before.version !== update.version) {
        throw staleVersion(this.options.label, update.id, update.version, before);
      }
      completedOnFor(
        dto.status ?? before.status,
        dto.completedOn,
        this.clock.today(),
        `${at}.completedOn`,
      );
      await this.writeUpdate(manager, before, dto, actor);
    }
  }
}

/** A milestone named twice would be written twice, the second time with a stale version. */
function assertNamedOnce(milestones: MilestoneVersionDto[]) {
  const seen = new Set<number>();
  const twice = new Set<number>();
  for (const { id } of milestones) (seen.has(id) ? twice : seen).add(id);
  if (twice.size) {
    throw fieldError('milestones', `names milestone ${[...twice].join(', ')} more than once`);
  }
}

/**
 * Locks the named milestones for the rest of the transaction, in id order so that two bulk
 * changes cannot deadlock, and answers the ids of those that exist.
 */
async function lockMilestones(
  manager: EntityManager,
  milestones: MilestoneVersionDto[],
): Promise<Set<number>> {
  const rows: { id: number }[] = await manager.query(
    'SELECT id FROM milestones WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE',
    [milestones.map(({ id }) => id)],
  );
  return new Set(rows.map(({ id }) => id));
}

/** What a milestone brought in from a workbook carries beyond its body. */
export interface TransferredMilestone {
  originalDueDate: string;
}
