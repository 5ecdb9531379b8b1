import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FocusAreaRecord } from '@pejling/contracts';
import { selectColumns } from '../../records/list-query';
import { RecordStore } from '../../records/record-store';
import { CreateFocusAreaDto, UpdateFocusAreaDto } from './focus-area.dto';
import { FocusArea } from './focus-area.entity';

@Injectable()
export class FocusAreasService extends RecordStore<
  FocusAreaRecord,
  FocusArea,
  CreateFocusAreaDto,
  UpdateFocusAreaDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: FocusArea,
      resource: 'focus-areas',
      label: 'focus area',
      read: {
        from: ['focus_areas', 'fa'],
        select: selectColumns('fa', ['strategyId', 'code', 'title', 'description', 'sortOrder']),
        sortable: ['id', 'code', 'title', 'sortOrder', 'strategyId'],
        defaultSort: ['sortOrder', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['fa.code', 'fa.title', 'fa.description'] },
          strategyId: { kind: 'id', column: 'fa.strategy_id' },
        },
        toRecord: (raw) => raw as unknown as FocusAreaRecord,
      },
      toColumns: (dto) => ({
        strategyId: dto.strategyId,
        code: dto.code,
        title: dto.title.trim(),
        description: dto.description ?? '',
        sortOrder: dto.sortOrder ?? dto.code.charCodeAt(0) - 'A'.charCodeAt(0),
      }),
    });
  }
}
