import type { Health, InitiativeStatus, MilestoneStatus } from './enums';
import type { IsoDate } from './records';

/** My work, with milestone `milestoneId` picked out: where a reminder to the person responsible leads. */
export const myWorkPath = (milestoneId: number): string => `/my-work?milestone=${milestoneId}`;

/** The form on which an owner answers round `roundId` for one initiative, in the web app. */
export const reportFormPath = (roundId: number, initiativeId: number): string =>
  `/reporting-rounds/${roundId}/report/${initiativeId}`;

/** Where a data owner proposes the figures round `roundId` asks of them, in the web app. */
export const roundFiguresPath = (roundId: number): string => `/reporting-rounds/${roundId}/figures`;

/**
 * An initiative in the person's care: they are one of its responsible people, or they are
 * an owner and their organisation leads it.
 */
export interface MyWorkInitiative {
  id: number;
  code: string;
  title: string;
  focusArea: { id: number; code: string; title: string };
  status: InitiativeStatus;
  health: Health | null;
  /** As the initiative shows it: the secretariat's override, else rolled up from its milestones. */
  progress: number;
  /** Milestones neither done nor cancelled, and those of them due before today. */
  openMilestones: number;
  overdueMilestones: number;
}

/** A milestone the person answers for. */
export interface MyWorkMilestone {
  id: number;
  /** For a change of status: a stale write is refused with 409. */
  version: number;
  title: string;
  dueDate: IsoDate;
  status: MilestoneStatus;
  /** Due before today and neither done nor cancelled. */
  overdue: boolean;
  /**
   * true: nobody is responsible for it, and it is listed because it is open in one of the
   * person's initiatives; false: the person is responsible for it.
   */
  unassigned: boolean;
  initiativeId: number;
  initiativeCode: string;
  initiativeTitle: string;
}

/** An open reporting round that still waits for the report on one of the person's initiatives. */
export interface MyWorkReportRequest {
  roundId: number;
  roundTitle: string;
  dueDate: IsoDate;
  /** The round's due date is before today. */
  overdue: boolean;
  initiativeId: number;
  initiativeCode: string;
  initiativeTitle: string;
  /** A draft of the report has been saved. */
  hasDraft: boolean;
  /** The report form in the web app: `/reporting-rounds/:roundId/report/:initiativeId`. */
  path: string;
}

/**
 * An open reporting round that asks for target figures the person proposes (they speak for
 * the data owner) and that are missing or returned.
 */
export interface MyWorkFigureRequest {
  roundId: number;
  roundTitle: string;
  dueDate: IsoDate;
  overdue: boolean;
  /** The year whose figures the round asks for. */
  year: number;
  /** How many of the figures asked of the person are missing or returned. */
  outstanding: number;
  /** Where they propose them: `/reporting-rounds/:roundId/figures`. */
  path: string;
}

/**
 * `GET /api/my-work`: what the signed-in person has to do. Initiatives by code; milestones
 * open first, each part by due date; report requests by due date. Empty lists for a
 * person with nothing in their care.
 */
export interface MyWork {
  today: IsoDate;
  initiatives: MyWorkInitiative[];
  milestones: MyWorkMilestone[];
  reportRequests: MyWorkReportRequest[];
  /** Figure requests by due date. */
  figureRequests: MyWorkFigureRequest[];
}
