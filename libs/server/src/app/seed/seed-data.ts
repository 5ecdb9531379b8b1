import type {
  Health,
  InitiativeStatus,
  MeasurementState,
  MilestoneStatus,
  OrganisationKind,
  Region,
  Role,
  RoundOutcomeKind,
  TargetSeries,
} from '@pejling/contracts';

/** The shape of `data/*.plan.json`: a strategy as written, organisations by short name. */
export interface PlanSeed {
  strategy: {
    name: string;
    subtitle: string;
    periodStart: string;
    periodEnd: string;
    vision: string;
  };
  organisations: {
    shortName: string;
    name: string;
    kind: OrganisationKind;
    region: Region | null;
  }[];
  focusAreas: {
    code: string;
    title: string;
    description: string;
    initiatives: {
      code: string;
      title: string;
      description: string;
      /** In the order the text names them. */
      leads: string[];
      /** Leads the initiative's own text does not name: chosen from its focus area's text. */
      inferredLeads?: string[];
      partners: string[];
      startDate: string | null;
      endDate: string | null;
    }[];
  }[];
  targets: {
    number: number;
    title: string;
    description: string;
    unit: string;
    byRegion: boolean;
    series: TargetSeries[];
    measurements: {
      series: string;
      year: number;
      region: Region | null;
      value: number;
      source: string;
    }[];
    /**
     * The initiatives that should move it. `inferred`: the strategy's text does not state
     * the link; it is read from what the initiative and the target are about.
     */
    initiatives: { code: string; contribution: string; inferred: boolean }[];
  }[];
}

/** The shape of `data/*.demo.json`: invented people and the plan's progress as of a day. */
export interface DemoSeed {
  note: string;
  asOf: string;
  people: {
    name: string;
    email: string;
    organisation: string;
    title: string | null;
    role: Role;
    /** Gets the demo password, so that each role can be tried. */
    demoAccount?: boolean;
  }[];
  /** Each organisation's contact person (whom escalations reach), by short name and e-mail. */
  contacts: Record<string, string>;
  initiatives: Record<
    string,
    {
      status: InitiativeStatus;
      health: Health | null;
      responsible: string[];
      milestones: {
        title: string;
        description: string;
        dueDate: string;
        responsible: string | null;
        status: MilestoneStatus;
        completedOn?: string | null;
        /** The due date was first planned as `from`, and moved on the day `on` by `by`. */
        moved?: { from: string; on: string; by: string };
      }[];
      statusReports?: {
        reportDate: string;
        author: string | null;
        health: Health;
        summary: string;
        risks: string;
        nextSteps: string;
        /** The title of the demo round it answers. */
        round?: string;
      }[];
    }
  >;
  /** Reporting rounds that ran before the demo's today: asked, answered, closed, reviewed. */
  rounds: DemoRound[];
  /** By target number: who reports its figures, and the figures reported since the baseline. */
  targets: Record<
    string,
    {
      /** The organisation's short name, and optionally the e-mail of a person in it. */
      dataOwner: string;
      dataOwnerPerson?: string;
      figures: {
        series: string;
        year: number;
        region?: Region;
        value: number;
        source: string;
        /** Approved unless said; a proposed one waits for the secretariat. */
        state?: MeasurementState;
        /** The data owner's person who proposed it. */
        proposedBy?: string;
      }[];
    }
  >;
  /** The days the daily reminder scan ran, sending what fell due (inclusive). */
  reminderDays: { from: string; to: string };
}

/**
 * A reporting round of the demo's story: closed, with what the steering group decided, or
 * (no `closedOn`) still open on the demo's today, waiting for the owners' reports.
 */
export interface DemoRound {
  title: string;
  dueDate: string;
  meetingDate: string;
  /** The year whose target figures it asks the data owners for. */
  figuresYear?: number;
  createdOn: string;
  openedOn: string;
  closedOn?: string;
  /** Who created, opened and closed it (a secretariat e-mail). */
  by: string;
  /** The initiatives asked, by code. */
  initiatives: string[];
  reviewedBy: { person: string; on: string }[];
  outcomes: {
    kind: RoundOutcomeKind;
    text: string;
    responsible?: string;
    dueDate?: string;
    /** An action item on an initiative becomes its milestone, as in the app. */
    initiative?: string;
    by: string;
    on: string;
  }[];
}
