import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HEALTHS, STATUS_REPORT_STATES, StatusReportRecord } from '@pejling/contracts';
import { Clock } from '../../core/clock/clock';
import { selectColumns } from '../../core/http/list-query';
import { RecordStore, WriteCheck } from '../../core/http/record-store';
import { forbidden } from '../../auth/permissions';
import { mayChangeInitiative } from '../../auth/ownership';
import { CreateStatusReportDto, UpdateStatusReportDto } from './status-report.dto';
import { StatusReport } from './status-report.entity';

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
  ) {
    super(dataSource, {
      entity: StatusReport,
      resource: 'status-reports',
      label: 'status report',
      initiativeOf: (record) => record.initiativeId,
      read: {
        from: ['status_reports', 'r'],
        select: selectColumns('r', [
          'initiativeId',
          'authorPersonId',
          'reportDate',
          'health',
          'summary',
          'risks',
          'nextSteps',
          'state',
          'submittedAt',
        ]),
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
        },
        toRecord: (raw) => raw as unknown as StatusReportRecord,
      },
      toColumns: (dto) => ({
        initiativeId: dto.initiativeId,
        authorPersonId: dto.authorPersonId ?? null,
        health: dto.health,
        summary: dto.summary ?? '',
        risks: dto.risks ?? '',
        nextSteps: dto.nextSteps ?? '',
        state: dto.state ?? 'draft',
      }),
    });
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
    if (before?.state === 'submitted') {
      const what = action === 'delete' ? 'deleted' : 'changed';
      throw new ConflictException(
        `status report ${before.id} has been submitted and cannot be ${what}; write a new report instead`,
      );
    }
    if (dto && action === 'create') dto.authorPersonId ??= actor.personId;
    if (actor.role === 'secretariat') return;
    if (before && before.authorPersonId !== actor.personId) {
      throw forbidden(`status report ${before.id} was written by someone else`);
    }
    if (dto && dto.authorPersonId !== actor.personId) {
      throw forbidden('authorPersonId: you may write reports only as yourself');
    }
    for (const initiativeId of new Set([before?.initiativeId, dto?.initiativeId])) {
      if (
        initiativeId !== undefined &&
        !(await mayChangeInitiative(manager, actor, initiativeId))
      ) {
        throw forbidden(
          `initiative ${initiativeId} is not one of yours: you may report only on initiatives you are responsible for or your organisation leads`,
        );
      }
    }
  }
}
