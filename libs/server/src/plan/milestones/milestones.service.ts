import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MILESTONE_STATUSES, MilestoneRecord } from '@pejling/contracts';
import { Clock } from '../../core/clock/clock';
import { selectColumns } from '../../core/http/list-query';
import { RecordStore, WriteCheck } from '../../core/http/record-store';
import { forbidden } from '../../auth/permissions';
import { mayChangeInitiative } from '../../auth/ownership';
import { CreateMilestoneDto, UpdateMilestoneDto } from './milestone.dto';
import { Milestone } from './milestone.entity';

/** Due before today and not finished; `:today` is the clock's date. */
export const OVERDUE_SQL = `(m.due_date < :today::date AND m.status NOT IN ('done', 'cancelled'))`;

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
        joins: (qb) => qb.innerJoin('initiatives', 'i', 'i.id = m.initiative_id'),
        select: {
          ...selectColumns('m', [
            'initiativeId',
            'title',
            'description',
            'dueDate',
            'responsiblePersonId',
            'status',
            'completedOn',
          ]),
          focusAreaId: 'i.focus_area_id',
          strategyId: 'i.strategy_id',
          overdue: OVERDUE_SQL,
        },
        sortable: [
          'id',
          'title',
          'dueDate',
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
        },
        toRecord: (raw) => raw as unknown as MilestoneRecord,
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

  /**
   * A done milestone carries the day it was completed (today unless given); any other
   * status clears it, so re-opening a milestone needs no second edit.
   */
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

  protected override async columnsFor(dto: CreateMilestoneDto) {
    const columns = this.options.toColumns(dto);
    if (columns.status !== 'done') return { ...columns, completedOn: null };
    const today = this.clock.today();
    const completedOn = dto.completedOn ?? today;
    if (completedOn > today) {
      throw new BadRequestException(`completedOn: cannot be after today (${today})`);
    }
    return { ...columns, completedOn };
  }
}
