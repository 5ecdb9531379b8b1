import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Dashboard, DashboardFocusArea, HEALTHS, INITIATIVE_STATUSES } from '@pejling/contracts';
import { Clock } from '../core/clock/clock';
import { StrategiesService } from '../plan/strategies/strategies.service';

type Figures = Omit<DashboardFocusArea, 'focusAreaId' | 'code' | 'title'>;

const count = (condition: string) => `count(*) FILTER (WHERE ${condition})::int`;

/**
 * Per focus area: initiatives by health and by status, and milestones done, counted and
 * overdue. Initiatives and milestones are aggregated apart and then joined, so that neither
 * multiplies the other's counts.
 */
const DASHBOARD_SQL = `
  WITH ini AS (
    SELECT i.focus_area_id,
           count(*)::int AS initiatives,
           ${HEALTHS.map((h) => `${count(`i.health = '${h}'`)} AS "health_${h}"`).join(',\n           ')},
           ${count('i.health IS NULL')} AS "health_none",
           ${INITIATIVE_STATUSES.map((s) => `${count(`i.status = '${s}'`)} AS "status_${s}"`).join(',\n           ')}
      FROM initiatives i
     WHERE i.strategy_id = $1
     GROUP BY i.focus_area_id
  ), ms AS (
    SELECT i.focus_area_id,
           ${count(`m.status = 'done'`)} AS done,
           ${count(`m.status <> 'cancelled'`)} AS total,
           ${count(`m.due_date < $2::date AND m.status NOT IN ('done', 'cancelled')`)} AS overdue
      FROM milestones m
      JOIN initiatives i ON i.id = m.initiative_id
     WHERE i.strategy_id = $1
     GROUP BY i.focus_area_id
  )
  SELECT fa.id, fa.code, fa.title, ini.*, ms.done, ms.total, ms.overdue
    FROM focus_areas fa
    LEFT JOIN ini ON ini.focus_area_id = fa.id
    LEFT JOIN ms ON ms.focus_area_id = fa.id
   WHERE fa.strategy_id = $1
   ORDER BY fa.sort_order, fa.code`;

function figures(row: Record<string, number | null>): Figures {
  const n = (key: string) => row[key] ?? 0;
  return {
    initiatives: n('initiatives'),
    byHealth: Object.fromEntries(
      [...HEALTHS, 'none'].map((h) => [h, n(`health_${h}`)]),
    ) as Figures['byHealth'],
    byStatus: Object.fromEntries(
      INITIATIVE_STATUSES.map((s) => [s, n(`status_${s}`)]),
    ) as Figures['byStatus'],
    milestonesDone: n('done'),
    milestonesTotal: n('total'),
    milestonesOverdue: n('overdue'),
  };
}

/** Adds up the focus areas' figures into the strategy's (five rows, already aggregated). */
function sum(areas: Figures[]): Figures {
  const add = <T extends Record<string, number>>(a: T, b: T) =>
    Object.fromEntries(Object.keys(a).map((k) => [k, a[k] + b[k]])) as T;
  return areas.reduce(
    (total, area) => ({
      initiatives: total.initiatives + area.initiatives,
      byHealth: add(total.byHealth, area.byHealth),
      byStatus: add(total.byStatus, area.byStatus),
      milestonesDone: total.milestonesDone + area.milestonesDone,
      milestonesTotal: total.milestonesTotal + area.milestonesTotal,
      milestonesOverdue: total.milestonesOverdue + area.milestonesOverdue,
    }),
    figures({}),
  );
}

/** Share of the period [start, end] that has passed on `today`, in whole percent 0–100. */
export function periodElapsed(start: string, end: string, today: string): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const length = day(end) - day(start) + 1;
  const passed = day(today) - day(start) + 1;
  return Math.round(Math.min(100, Math.max(0, (100 * passed) / length)));
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly strategies: StrategiesService,
    private readonly clock: Clock,
  ) {}

  async forStrategy(strategyId?: number): Promise<Dashboard> {
    const id = strategyId ?? (await this.strategies.currentId());
    const today = this.clock.today();
    const [strategy] = await this.dataSource.query(
      'SELECT id, name, period_start, period_end FROM strategies WHERE id = $1',
      [id],
    );
    if (!strategy) throw new NotFoundException(`strategy ${id} does not exist`);
    const rows: Record<string, unknown>[] = await this.dataSource.query(DASHBOARD_SQL, [id, today]);
    const focusAreas = rows.map((row) => ({
      focusAreaId: row['id'] as number,
      code: row['code'] as string,
      title: row['title'] as string,
      ...figures(row as Record<string, number | null>),
    }));
    return {
      strategyId: id,
      strategyName: strategy.name,
      periodStart: strategy.period_start,
      periodEnd: strategy.period_end,
      today,
      periodElapsed: periodElapsed(strategy.period_start, strategy.period_end, today),
      focusAreas,
      totals: sum(focusAreas),
    };
  }
}
