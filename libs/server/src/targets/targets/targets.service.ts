import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TargetRecord, TargetSeries } from '@pejling/contracts';
import { RecordStore } from '../../records/record-store';
import { CreateTargetDto, UpdateTargetDto } from './target.dto';
import { Target } from './target.entity';
import { col, RECORD_META } from '../../records/columns';

/** A target's series as a JSON array, numbers as numbers, in their order. */
const SERIES_JSON = `(
  SELECT coalesce(json_agg(json_build_object(
    'key', s.key, 'label', s.label,
    'baselineValue', s.baseline_value, 'baselineYear', s.baseline_year,
    'targetValue', s.target_value, 'targetYear', s.target_year
  ) ORDER BY s.sort_order, s.id), '[]'::json)
  FROM target_series s WHERE s.target_id = t.id)`;

@Injectable()
export class TargetsService extends RecordStore<
  TargetRecord,
  Target,
  CreateTargetDto,
  UpdateTargetDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Target,
      resource: 'targets',
      label: 'target',
      read: {
        from: ['targets', 't'],
        columns: {
          ...RECORD_META,
          strategyId: col.int(),
          number: col.int(),
          title: col.text(),
          description: col.text(),
          unit: col.text(),
          byRegion: col.bool(),
          series: col.json<TargetSeries[]>()(SERIES_JSON),
        },
        sortable: ['id', 'number', 'title', 'unit', 'byRegion', 'strategyId'],
        defaultSort: ['number', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['t.title', 't.description'] },
          strategyId: { kind: 'id', column: 't.strategy_id' },
          byRegion: { kind: 'boolean', column: 't.by_region' },
        },
      },
      toColumns: (dto) => ({
        strategyId: dto.strategyId,
        number: dto.number,
        title: dto.title.trim(),
        description: dto.description ?? '',
        unit: dto.unit ?? '',
        byRegion: dto.byRegion ?? false,
      }),
    });
  }

  protected override async columnsFor(dto: CreateTargetDto) {
    const keys = dto.series.map((s) => s.key);
    const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
    if (repeated) throw new BadRequestException(`series: the key "${repeated}" is used twice`);
    return this.options.toColumns(dto);
  }

  /**
   * The series are part of the target: kept by key, updated in place (so measurements stay
   * attached), added when new, removed when left out. Removing a series that still has
   * measurements is refused by the foreign key (409).
   */
  protected override async afterWrite(
    manager: EntityManager,
    targetId: number,
    dto: CreateTargetDto,
  ) {
    await manager.query(
      `DELETE FROM target_series WHERE target_id = $1 AND NOT (key = ANY($2::text[]))`,
      [targetId, dto.series.map((s) => s.key)],
    );
    for (const [index, s] of dto.series.entries()) {
      await manager.query(
        `INSERT INTO target_series
           (target_id, key, label, sort_order, baseline_value, baseline_year, target_value, target_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (target_id, key) DO UPDATE SET
           label = EXCLUDED.label, sort_order = EXCLUDED.sort_order,
           baseline_value = EXCLUDED.baseline_value, baseline_year = EXCLUDED.baseline_year,
           target_value = EXCLUDED.target_value, target_year = EXCLUDED.target_year`,
        [
          targetId,
          s.key,
          s.label.trim(),
          index,
          s.baselineValue ?? null,
          s.baselineYear ?? null,
          s.targetValue ?? null,
          s.targetYear ?? null,
        ],
      );
    }
  }
}
