import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  assessSeries,
  DUE_SOON_DAYS,
  DashboardFocusArea,
  DashboardMilestone,
  DashboardMilestoneList,
  DashboardPlanProgress,
  DashboardTarget,
  DashboardTargetSeries,
  HEALTHS,
  INITIATIVE_STATUSES,
  StrategyDashboard,
  linkedTotal,
  trackOf,
} from '@pejling/contracts';
import { Clock } from '../core/clock/clock';
import { StrategiesService } from '../plan/strategies/strategies.service';
import { DASHBOARD_SQL, DUE_SOON_LIST_SQL, OVERDUE_LIST_SQL, TARGETS_SQL } from './dashboard-sql';

type Figures = Omit<DashboardFocusArea, 'focusAreaId' | 'code' | 'title'>;

/** A focus area's figures from its row of DASHBOARD_SQL; no row: all zero. */
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
    milestonesMoved: n('moved'),
  };
}

function milestoneList(rows: (DashboardMilestone & { total: number })[]): DashboardMilestoneList {
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...milestone }) => milestone),
  };
}

/** A row of TARGETS_SQL: a target and one of its series, not yet assessed. */
type TargetRow = Omit<DashboardTarget, 'series' | 'linkedCount'> & {
  series: Omit<DashboardTargetSeries, 'track' | 'projected'>;
};

/**
 * One row per series, already ordered: grouped into targets, each series assessed on
 * `today` by the rule the target's own page uses (`assessSeries`).
 */
function groupTargets(rows: TargetRow[], today: string): DashboardTarget[] {
  const targets: DashboardTarget[] = [];
  for (const { series, ...fields } of rows) {
    let target = targets.at(-1);
    if (target?.targetId !== fields.targetId) {
      target = { ...fields, linkedCount: linkedTotal(fields.linkedHealth), series: [] };
      targets.push(target);
    }
    const assessment = assessSeries(series, series.points, today);
    target.series.push({ ...series, track: trackOf(assessment), projected: assessment.projected });
  }
  return targets;
}

/** Adds a number of days to a date-only value. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
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
      milestonesMoved: total.milestonesMoved + area.milestonesMoved,
    }),
    figures({}),
  );
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Share of the period [start, end] that has passed on `today`, in whole percent 0–100. */
export function periodElapsed(start: string, end: string, today: string): number {
  return planProgress({ start, end, today }, figures({})).timeElapsed;
}

/**
 * How far into its period the plan is (days begun by today, first and last included)
 * against how much of it is done: the whole plan's milestones, the focus areas' sum.
 */
function planProgress(
  period: { start: string; end: string; today: string },
  totals: Figures,
): DashboardPlanProgress {
  const daysTotal = dayNumber(period.end) - dayNumber(period.start) + 1;
  const begun = dayNumber(period.today) - dayNumber(period.start) + 1;
  const daysElapsed = Math.min(daysTotal, Math.max(0, begun));
  const { milestonesDone, milestonesTotal } = totals;
  return {
    daysTotal,
    daysElapsed,
    timeElapsed: Math.round((100 * daysElapsed) / daysTotal),
    milestonesDone,
    milestonesTotal,
    done: milestonesTotal > 0 ? Math.round((100 * milestonesDone) / milestonesTotal) : null,
  };
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly strategies: StrategiesService,
    private readonly clock: Clock,
  ) {}

  async forStrategy(strategyId?: number): Promise<StrategyDashboard> {
    const strategy = await this.strategies.periodOf(strategyId);
    const id = strategy.id;
    const today = this.clock.today();
    const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
    const [rows, targetRows, overdue, dueSoon] = await Promise.all([
      this.dataSource.query(DASHBOARD_SQL, [id, today]) as Promise<Record<string, unknown>[]>,
      this.dataSource.query(TARGETS_SQL, [id]) as Promise<TargetRow[]>,
      this.dataSource.query(OVERDUE_LIST_SQL, [id, today]),
      this.dataSource.query(DUE_SOON_LIST_SQL, [id, today, dueSoonUntil]),
    ]);
    const focusAreas = rows.map((row) => ({
      focusAreaId: row['id'] as number,
      code: row['code'] as string,
      title: row['title'] as string,
      ...figures(row as Record<string, number | null>),
    }));
    const totals = sum(focusAreas);
    const progress = planProgress(
      { start: strategy.periodStart, end: strategy.periodEnd, today },
      totals,
    );
    return {
      strategyId: id,
      strategyName: strategy.name,
      periodStart: strategy.periodStart,
      periodEnd: strategy.periodEnd,
      today,
      periodElapsed: progress.timeElapsed,
      focusAreas,
      totals,
      progress,
      targets: groupTargets(targetRows, today),
      overdue: milestoneList(overdue),
      dueSoon: milestoneList(dueSoon),
      dueSoonUntil,
    };
  }
}
