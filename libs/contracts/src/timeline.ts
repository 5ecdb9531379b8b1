import type { Health, InitiativeStatus, MilestoneStatus } from './enums';
import type { IsoDate } from './records';

/** A milestone on the timeline: where it sits and what state it is in as of today. */
export interface TimelineMilestone {
  id: number;
  title: string;
  dueDate: IsoDate;
  /** The due date it was planned with (differs once the deadline has moved). */
  originalDueDate: IsoDate;
  status: MilestoneStatus;
  completedOn: IsoDate | null;
  /** Due before today and neither done nor cancelled. */
  overdue: boolean;
}

/** An initiative as a row of the timeline, with its milestones by due date. */
export interface TimelineInitiative {
  id: number;
  code: string;
  title: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  status: InitiativeStatus;
  health: Health | null;
  milestones: TimelineMilestone[];
}

export interface TimelineFocusArea {
  id: number;
  code: string;
  title: string;
  initiatives: TimelineInitiative[];
}

/** `GET /api/timeline?strategyId=`: one strategy's plan over its period, in one answer. */
export interface Timeline {
  strategyId: number;
  strategyName: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  today: IsoDate;
  focusAreas: TimelineFocusArea[];
}
