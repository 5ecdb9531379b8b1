import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StrategyRecord } from '@pejling/contracts';
import { Clock } from '../../core/clock/clock';
import { RecordStore } from '../../records/record-store';
import { CreateStrategyDto, UpdateStrategyDto } from './strategy.dto';
import { Strategy } from './strategy.entity';
import { col, nullable, RECORD_META } from '../../records/columns';

@Injectable()
export class StrategiesService extends RecordStore<
  StrategyRecord,
  Strategy,
  CreateStrategyDto,
  UpdateStrategyDto
> {
  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super(dataSource, {
      entity: Strategy,
      resource: 'strategies',
      label: 'strategy',
      read: {
        from: ['strategies', 's'],
        columns: {
          ...RECORD_META,
          name: col.text(),
          subtitle: nullable(col.text()),
          periodStart: col.date(),
          periodEnd: col.date(),
          vision: col.text(),
        },
        sortable: ['id', 'name', 'subtitle', 'periodStart', 'periodEnd'],
        defaultSort: ['periodStart', 'DESC'],
        filters: { q: { kind: 'text', columns: ['s.name', 's.subtitle'] } },
      },
      toColumns: (dto) => ({
        name: dto.name.trim(),
        subtitle: dto.subtitle?.trim() || null,
        periodStart: dto.periodStart,
        periodEnd: dto.periodEnd,
        vision: dto.vision ?? '',
      }),
    });
  }

  /**
   * The strategy a user means when they name none: the one running today, else the one
   * that started most recently, else the earliest one planned.
   */
  async currentId(): Promise<number> {
    const row = await this.dataSource.query(
      `SELECT id FROM strategies
        ORDER BY ($1::date BETWEEN period_start AND period_end) DESC,
                 (period_start <= $1::date) DESC,
                 CASE WHEN period_start <= $1::date THEN period_start END DESC,
                 period_start ASC, id ASC
        LIMIT 1`,
      [this.clock.today()],
    );
    if (!row.length) throw new NotFoundException('there is no strategy yet');
    return row[0].id;
  }

  /** The strategy asked for, or without one the current one (`currentId`); 404 if unknown. */
  async periodOf(strategyId?: number): Promise<StrategyPeriod> {
    const id = strategyId ?? (await this.currentId());
    const [strategy] = await this.dataSource.query(
      `SELECT id, name, period_start AS "periodStart", period_end AS "periodEnd"
         FROM strategies WHERE id = $1`,
      [id],
    );
    if (!strategy) throw new NotFoundException(`strategy ${id} does not exist`);
    return strategy;
  }
}

/** A strategy's name and period, for the views over its whole plan. */
export interface StrategyPeriod {
  id: number;
  name: string;
  periodStart: string;
  periodEnd: string;
}
