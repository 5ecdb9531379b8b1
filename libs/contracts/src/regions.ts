import type { Health, InitiativeStatus, Region } from './enums';
import type { SeriesPoint } from './target-series';

/**
 * `GET /api/regions`: the plan by region (target 2 asks for a fair regional spread). Per
 * region: the approved values of the targets broken down by region, its organisations,
 * and the initiatives they lead or take part in, with how those stand.
 */
export interface RegionalView {
  strategyId: number;
  /** The clock's today, for the overdue counts. */
  today: string;
  regions: RegionSummary[];
}

export interface RegionSummary {
  region: Region;
  organisations: { id: number; shortName: string; name: string }[];
  /** Each series of a target broken down by region, with the region's approved values. */
  targets: RegionTargetSeries[];
  /** By code; `role` is `lead` when one of the region's organisations leads it. */
  initiatives: RegionInitiative[];
}

export interface RegionTargetSeries {
  targetId: number;
  number: number;
  title: string;
  unit: string;
  seriesKey: string;
  seriesLabel: string;
  points: SeriesPoint[];
}

export interface RegionInitiative {
  id: number;
  code: string;
  title: string;
  status: InitiativeStatus;
  health: Health | null;
  progress: number;
  /** Its milestones overdue on the clock's today. */
  overdue: number;
  role: 'lead' | 'partner';
  /** The region's organisations that lead it or take part, by short name. */
  organisations: string[];
}
