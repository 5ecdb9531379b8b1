import { ConflictException, Injectable } from '@nestjs/common';
import type { Actor } from '../../records/actor';
import { fieldError } from '../../core/http/validation';
import { DataSource, EntityManager } from 'typeorm';
import {
  HEALTHS,
  stateRefusal,
  STATUS_REPORT_STATES,
  StatusReportRecord,
} from '@pejling/contracts';
import { Clock } from '../../core/clock/clock';
import { ReadScope, RecordStore, WriteCheck } from '../../records/record-store';
import { DRAFT_READERS, draftReaderOf, readsDraftsOf } from '../../records/draft-reports';
import { forbidden } from '../../records/access';
import { mayChangeInitiative } from '../../records/ownership';
import { CreateStatusReportDto, UpdateStatusReportDto } from './status-report.dto';
import { StatusReport } from './status-report.entity';
import { MilestonesService } from '../../plan/milestones/milestones.service';
import { col, nullable, RECORD_META } from '../../records/columns';

@Injectable()
export class StatusReportsService extends RecordStore<
  StatusReportRecord,
  StatusReport,
  CreateStatusReportDto,
  UpdateStatusReportDto
> {
  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
    private readonly milestones: MilestonesService,
  ) {
    super(dataSource, {
      entity: StatusReport,
      resource: 'status-reports',
      label: 'status report',
      initiativeOf: (record) => record.initiativeId,
      read: {
        from: ['status_reports', 'r'],
        columns: {
          ...RECORD_META,
          initiativeId: col.int(),
          authorPersonId: nullable(col.int()),
          reportDate: col.date(),
          health: col.oneOf(HEALTHS)(),
          summary: col.text(),
          risks: col.text(),
          nextSteps: col.text(),
          state: col.oneOf(STATUS_REPORT_STATES)(),
          submittedAt: nullable(col.instant()),
          roundId: nullable(col.int()),
          supersedesId: nullable(col.int()),
        },
        sortable: [
          'id',
          'reportDate',
          'health',
          'state',
          'initiativeId',
          'authorPersonId',
          'submittedAt',
        ],
        defaultSort: ['reportDate', 'DESC'],
        filters: {
          q: { kind: 'text', columns: ['r.summary', 'r.risks', 'r.next_steps'] },
          initiativeId: { kind: 'id', column: 'r.initiative_id' },
          authorPersonId: { kind: 'id', column: 'r.author_person_id' },
          health: { kind: 'enum', column: 'r.health', values: HEALTHS },
          state: { kind: 'enum', column: 'r.state', values: STATUS_REPORT_STATES },
          roundId: { kind: 'id', column: 'r.round_id' },
        },
      },
      toColumns: (dto) => ({
        initiativeId: dto.initiativeId,
        authorPersonId: dto.authorPersonId ?? null,
        health: dto.health,
        summary: dto.summary ?? '',
        risks: dto.risks ?? '',
        nextSteps: dto.nextSteps ?? '',
        state: dto.state ?? 'draft',
        roundId: dto.roundId ?? null,
        supersedesId: dto.supersedesId ?? null,
      }),
    });
  }

  /** A draft is read only by those who may write its initiative's reports (`draftsReadBy`). */
  protected override async readScope(actor: Actor): Promise<ReadScope> {
    return {
      where: `r.state <> 'draft' OR ${readsDraftsOf('r.initiative_id')}`,
      parameters: { ...(await draftReaderOf(this.dataSource.manager, actor)) },
      refusal: `it is a draft, and ${DRAFT_READERS}`,
    };
  }

  /** The report date defaults to today; submitting stamps the time. */
  protected override async columnsFor(dto: CreateStatusReportDto) {
    const columns = this.options.toColumns(dto);
    return {
      ...columns,
      reportDate: dto.reportDate ?? this.clock.today(),
      submittedAt: columns.state === 'submitted' ? this.clock.now() : null,
    };
  }

  /**
   * A submitted report is the record of what was said: it is never changed or deleted.
   * An owner reports on their own initiatives, as themselves, and edits only their drafts.
   */
  protected override async checkWrite({
    action,
    actor,
    manager,
    before,
    dto,
  }: WriteCheck<StatusReportRecord, CreateStatusReportDto>) {
    if (before && stateRefusal('status-reports', action, before)) {
      const what = action === 'delete' ? 'deleted' : 'changed';
      throw new ConflictException(
        `status report ${before.id} has been submitted and cannot be ${what}; write a new report instead`,
      );
    }
    if (dto && action === 'create') dto.authorPersonId ??= actor.personId;
    if (actor.role !== 'secretariat') await assertOwnersReport(manager, actor, before, dto);
    if (dto) {
      await assertAnswersOpenRound(manager, dto);
      await assertCorrects(manager, dto, before?.id);
    }
  }

  /** The milestone changes sent with the report are saved with it. */
  protected override async afterWrite(
    manager: EntityManager,
    _id: number,
    dto: CreateStatusReportDto,
    { actor }: { actor: Actor },
  ) {
    if (dto.milestoneUpdates?.length) {
      await this.milestones.applyStatusUpdates(manager, actor, dto.milestoneUpdates, {
        initiativeId: dto.initiativeId,
        field: 'milestoneUpdates',
      });
    }
  }
}

/** A report that answers a round answers an open one, for an initiative in its scope. */
async function assertAnswersOpenRound(manager: EntityManager, dto: CreateStatusReportDto) {
  if (dto.roundId == null) return;
  const [round] = await manager.query(
    `SELECT r.state, EXISTS (SELECT 1 FROM reporting_round_initiatives ri
                              WHERE ri.round_id = r.id AND ri.initiative_id = $2) AS "inScope"
       FROM reporting_rounds r WHERE r.id = $1`,
    [dto.roundId, dto.initiativeId],
  );
  if (!round) throw fieldError('roundId', `no reporting round with id ${dto.roundId}`);
  if (round.state !== 'open') {
    throw new ConflictException(
      `reporting round ${dto.roundId} is ${round.state}: reports answer a round while it is open`,
    );
  }
  if (!round.inScope) {
    throw fieldError(
      'initiativeId',
      `the initiative is not one reporting round ${dto.roundId} asks`,
    );
  }
}

/** A correction supersedes a submitted report of the same initiative and round. */
async function assertCorrects(
  manager: EntityManager,
  dto: CreateStatusReportDto,
  ownId: number | undefined,
) {
  if (dto.supersedesId == null) return;
  const [earlier] = await manager.query(
    `SELECT initiative_id AS "initiativeId", round_id AS "roundId", state FROM status_reports WHERE id = $1`,
    [dto.supersedesId],
  );
  if (!earlier || dto.supersedesId === ownId) {
    throw fieldError('supersedesId', `no other status report with id ${dto.supersedesId}`);
  }
  if (
    earlier.state !== 'submitted' ||
    earlier.initiativeId !== dto.initiativeId ||
    earlier.roundId !== (dto.roundId ?? null)
  ) {
    throw fieldError(
      'supersedesId',
      'a correction supersedes a submitted report of the same initiative and round',
    );
  }
}

/** An owner reports on their own initiatives, as themselves, and edits only their drafts. */
async function assertOwnersReport(
  manager: EntityManager,
  actor: Actor,
  before: StatusReportRecord | undefined,
  dto: CreateStatusReportDto | undefined,
) {
  if (before && before.authorPersonId !== actor.personId) {
    throw forbidden(`status report ${before.id} was written by someone else`);
  }
  if (dto && dto.authorPersonId !== actor.personId) {
    throw forbidden('authorPersonId: you may write reports only as yourself');
  }
  for (const initiativeId of new Set([before?.initiativeId, dto?.initiativeId])) {
    if (initiativeId !== undefined && !(await mayChangeInitiative(manager, actor, initiativeId))) {
      throw forbidden(
        `initiative ${initiativeId} is not one of yours: you may report only on initiatives you are responsible for or your organisation leads`,
      );
    }
  }
}
