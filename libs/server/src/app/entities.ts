import { Measurement } from '../targets/measurements/measurement.entity';
import { Target } from '../targets/targets/target.entity';
import { TargetSeries } from '../targets/targets/target-series.entity';
import { FocusArea } from '../plan/focus-areas/focus-area.entity';
import { Initiative } from '../plan/initiatives/initiative.entity';
import { Milestone } from '../plan/milestones/milestone.entity';
import { Comment } from '../plan/comments/comment.entity';
import { Strategy } from '../plan/strategies/strategy.entity';
import { Organisation } from '../people/organisations/organisation.entity';
import { Person } from '../people/people/person.entity';
import { StatusReport } from '../reporting/status-reports/status-report.entity';
import { ReminderRule } from '../reminders/rules/reminder-rule.entity';
import { RoundOutcomeEntity } from '../reporting/outcomes/round-outcome.entity';
import { ReportingRound } from '../reporting/rounds/reporting-round.entity';

/** Every entity, listed explicitly (bundlers break globs). */
export const ENTITIES = [
  Organisation,
  Person,
  Strategy,
  FocusArea,
  Initiative,
  Milestone,
  Target,
  TargetSeries,
  Measurement,
  StatusReport,
  ReminderRule,
  ReportingRound,
  RoundOutcomeEntity,
  Comment,
];
