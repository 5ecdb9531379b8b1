import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MeasurementRecord, REGIONS } from '@pejling/contracts';
import { RecordStore } from '../../records/record-store';
import { CreateMeasurementDto, UpdateMeasurementDto } from './measurement.dto';
import { Measurement } from './measurement.entity';
import { col, nullable, RECORD_META } from '../../records/columns';

@Injectable()
export class MeasurementsService extends RecordStore<
  MeasurementRecord,
  Measurement,
  CreateMeasurementDto,
  UpdateMeasurementDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Measurement,
      resource: 'measurements',
      label: 'measurement',
      read: {
        from: ['measurements', 'x'],
        joins: (qb) => qb.innerJoin('target_series', 's', 's.id = x.series_id'),
        columns: {
          ...RECORD_META,
          year: col.int(),
          region: nullable(col.oneOf(REGIONS)()),
          value: col.number(),
          source: nullable(col.text()),
          targetId: col.int('s.target_id'),
          seriesKey: col.text('s.key'),
        },
        sortable: ['id', 'year', 'value', 'region', 'targetId', 'seriesKey'],
        defaultSort: ['year', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['x.source'] },
          targetId: { kind: 'id', column: 's.target_id' },
          seriesKey: { kind: 'string', column: 's.key' },
          year: { kind: 'integer', column: 'x.year' },
          region: { kind: 'enum', column: 'x.region', values: REGIONS },
        },
      },
      toColumns: (dto) => ({
        year: dto.year,
        region: dto.region ?? null,
        value: String(dto.value),
        source: dto.source?.trim() || null,
      }),
    });
  }

  /** A measurement belongs to a series, named by its target and key. */
  protected override async columnsFor(dto: CreateMeasurementDto, manager: EntityManager) {
    const series: { id: number }[] = await manager.query(
      'SELECT id FROM target_series WHERE target_id = $1 AND key = $2',
      [dto.targetId, dto.seriesKey],
    );
    if (!series.length) {
      const target = await manager.query('SELECT 1 FROM targets WHERE id = $1', [dto.targetId]);
      throw new BadRequestException(
        target.length
          ? `seriesKey: target ${dto.targetId} has no series "${dto.seriesKey}"`
          : `targetId: no target with id ${dto.targetId}`,
      );
    }
    return { ...this.options.toColumns(dto), seriesId: series[0].id };
  }
}
