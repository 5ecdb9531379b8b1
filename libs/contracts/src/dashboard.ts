import type { Health, MilestoneStatus } from './enums';
import type { Dashboard, IsoDate } from './records';
import type { TargetTrack } from './target-series';

/** How many milestones each of the dashboard's lists holds at most; `total` counts all. */
export const DASHBOARD_LIST_LIMIT = 20;

/** "Due soon" on the dashboard: due from today up to and including this many days on. */
export const DUE_SOON_DAYS = 30;

/** How far into the plan period we are, against how much of the plan is done. */
export interface DashboardPlanProgress {
  /** Days in the period, first and last day included. */
  daysTotal: number;
  /** Days of the period begun by today, 0 … daysTotal. */
  daysElapsed: number;
  /** daysElapsed / daysTotal in whole percent, 0–100. */
  timeElapsed: number;
  /** Milestones done, of the whole plan. */
  milestonesDone: number;
  /** Milestones not cancelled, of the whole plan. */
  milestonesTotal: number;
  /** milestonesDone / milestonesTotal in whole percent; null when there are none. */
  done: number | null;
}

export interface YearValue {
  year: number;
  value: number;
}

export interface DashboardTargetSeries {
  key: string;
  label: string;
  baselineValue: number | null;
  baselineYear: number | null;
  /** The latest national measurement (no region). */
  latestValue: number | null;
  latestYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  /** How far from baseline to target the latest value is, in whole percent (may be < 0 or > 100). */
  progress: number | null;
  /** The line's value in the latest measurement's year. */
  expectedValue: number | null;
  /** Where it stands (see `trackOf`). */
  track: TargetTrack;
  /** The least-squares trend of the values carried to the target year (see `assessSeries`). */
  projected: number | null;
  /** National measurements by year, oldest first. */
  points: YearValue[];
  /** The straight line from baseline to target, one point a year; empty without one. */
  line: YearValue[];
}

export interface DashboardTarget {
  targetId: number;
  number: number;
  title: string;
  unit: string;
  /** Measured per region; such a target may have no national number at all (target 2). */
  byRegion: boolean;
  /** Latest year with regional measurements, and how many regions it has. */
  regionalYear: number | null;
  regionalCount: number;
  series: DashboardTargetSeries[];
  /** The initiatives that should move it, and their health (`none`: not assessed). */
  linkedCount: number;
  linkedHealth: Record<Health | 'none', number>;
  /** Figures its data owner has proposed that wait for the secretariat's approval. */
  waitingCount: number;
}

/** A milestone as the dashboard lists it, with what a reader needs without another request. */
export interface DashboardMilestone {
  id: number;
  title: string;
  dueDate: IsoDate;
  status: MilestoneStatus;
  initiativeId: number;
  initiativeCode: string;
  /** The initiative's lead organisations' short names, in order. */
  leads: string[];
  focusAreaId: number;
  responsiblePersonId: number | null;
  responsibleName: string | null;
}

export interface DashboardMilestoneList {
  /** All that match; `items` holds at most DASHBOARD_LIST_LIMIT of them. */
  total: number;
  items: DashboardMilestone[];
}

/** GET /api/dashboard: everything the dashboard shows, computed on the server. */
export interface StrategyDashboard extends Dashboard {
  progress: DashboardPlanProgress;
  targets: DashboardTarget[];
  /** Not done, not cancelled and due before today; the longest overdue first. */
  overdue: DashboardMilestoneList;
  /** Not done, not cancelled and due from today to dueSoonUntil; the soonest first. */
  dueSoon: DashboardMilestoneList;
  /** today + DUE_SOON_DAYS. */
  dueSoonUntil: IsoDate;
}
