import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FocusAreaRecord } from '@pejling/contracts';
import { RecordStore } from '../../records/record-store';
import { CreateFocusAreaDto, UpdateFocusAreaDto } from './focus-area.dto';
import { FocusArea } from './focus-area.entity';
import { col, RECORD_META } from '../../records/columns';

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
        columns: {
          ...RECORD_META,
          strategyId: col.int(),
          code: col.text(),
          title: col.text(),
          description: col.text(),
          sortOrder: col.int(),
        },
        sortable: ['id', 'code', 'title', 'sortOrder', 'strategyId'],
        defaultSort: ['sortOrder', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['fa.code', 'fa.title', 'fa.description'] },
          strategyId: { kind: 'id', column: 'fa.strategy_id' },
        },
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
