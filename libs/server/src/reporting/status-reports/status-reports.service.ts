import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HEALTHS, STATUS_REPORT_STATES, StatusReportRecord } from '@pejling/contracts';
import { Clock } from '../../core/clock/clock';
import { selectColumns } from '../../core/http/list-query';
import { RecordStore } from '../../core/http/record-store';
import { deleteById } from '../../core/http/versioned-write';
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
      label: 'status report',
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

  /** A submitted report is the record of what was said: it is never changed. */
  protected override async columnsFor(
    dto: CreateStatusReportDto,
    manager: EntityManager,
    id?: number,
  ) {
    if (id !== undefined) await this.refuseIfSubmitted(manager, id, 'changed');
    const columns = this.options.toColumns(dto);
    return {
      ...columns,
      reportDate: dto.reportDate ?? this.clock.today(),
      submittedAt: columns.state === 'submitted' ? this.clock.now() : null,
    };
  }

  /** The check and the delete share a transaction, so a report submitted meanwhile stays. */
  override async remove(id: number) {
    const record = await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      await this.refuseIfSubmitted(manager, id, 'deleted');
      await deleteById(manager, StatusReport, id, this.options.label);
    });
    return record;
  }

  private async refuseIfSubmitted(manager: EntityManager, id: number, what: string) {
    const rows: { state: string }[] = await manager.query(
      'SELECT state FROM status_reports WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (rows[0]?.state === 'submitted') {
      throw new ConflictException(
        `status report ${id} has been submitted and cannot be ${what}; write a new report instead`,
      );
    }
  }
}
