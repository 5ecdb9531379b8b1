import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Timeline, TimelineFocusArea } from '@pejling/contracts';
import { Clock } from '../core/clock/clock';
import { StrategiesService } from '../plan/strategies/strategies.service';
import { overdueMilestoneSql } from '../plan/rules/milestone-rules';

/**
 * The strategy's focus areas, each with its initiatives, each with its milestones by due
 * date, built as JSON by Postgres in one query. `overdue` is decided here, against the
 * clock's today ($2), by the milestone rules. Initiatives go by
 * their number (A.2 before A.10; codes are `^[A-Z]\.[1-9][0-9]*$`).
 */
const TIMELINE_SQL = `
  SELECT fa.id, fa.code, fa.title,
         coalesce((
           SELECT json_agg(json_build_object(
                    'id', i.id, 'code', i.code, 'title', i.title,
                    'startDate', i.start_date, 'endDate', i.end_date,
                    'status', i.status, 'health', i.health,
                    'milestones', coalesce((
                      SELECT json_agg(json_build_object(
                               'id', m.id, 'title', m.title, 'dueDate', m.due_date,
                               'originalDueDate', m.original_due_date,
                               'status', m.status, 'completedOn', m.completed_on,
                               'overdue', ${overdueMilestoneSql('$2')})
                             ORDER BY m.due_date, m.id)
                        FROM milestones m
                       WHERE m.initiative_id = i.id), '[]'::json))
                  ORDER BY split_part(i.code, '.', 2)::int, i.id)
             FROM initiatives i
            WHERE i.focus_area_id = fa.id), '[]'::json) AS initiatives
    FROM focus_areas fa
   WHERE fa.strategy_id = $1
   ORDER BY fa.sort_order, fa.code`;

@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly strategies: StrategiesService,
    private readonly clock: Clock,
  ) {}

  async forStrategy(strategyId?: number): Promise<Timeline> {
    const strategy = await this.strategies.periodOf(strategyId);
    const id = strategy.id;
    const today = this.clock.today();
    const focusAreas: TimelineFocusArea[] = await this.dataSource.query(TIMELINE_SQL, [id, today]);
    return {
      strategyId: id,
      strategyName: strategy.name,
      periodStart: strategy.periodStart,
      periodEnd: strategy.periodEnd,
      today,
      focusAreas,
    };
  }
}
