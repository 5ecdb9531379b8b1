import { PlanSchema1764201600000 } from './1764201600000-plan-schema';
import { AccountsAudit1764288000000 } from './1764288000000-accounts-audit';
import { Reminders1764374400000 } from './1764374400000-reminders';
import { ReminderLinks1764460800000 } from './1764460800000-reminder-links';
import { ReportingRounds1764547200000 } from './1764547200000-reporting-rounds';
import { RoundReminders1764633600000 } from './1764633600000-round-reminders';
import { Comments1764720000000 } from './1764720000000-comments';
import { ReadIndexes1764806400000 } from './1764806400000-read-indexes';
import { StoryClock1764892800000 } from './1764892800000-story-clock';
import { OriginalDueDates1764979200000 } from './1764979200000-original-due-dates';
import { MailSending1765065600000 } from './1765065600000-mail-sending';
import { InitiativeTargets1765152000000 } from './1765152000000-initiative-targets';
import { InitiativeLeads1765238400000 } from './1765238400000-initiative-leads';
import { MeasurementStates1765324800000 } from './1765324800000-measurement-states';
import { Attachments1765411200000 } from './1765411200000-attachments';
import { RoundDataCalls1765497600000 } from './1765497600000-round-data-calls';
import { Imports1765584000000 } from './1765584000000-imports';
import { CoveringMilestoneIndex1765670400000 } from './1765670400000-covering-milestone-index';

/** Every migration, in order. New ones are appended here. */
export const MIGRATIONS = [
  PlanSchema1764201600000,
  AccountsAudit1764288000000,
  Reminders1764374400000,
  ReminderLinks1764460800000,
  ReportingRounds1764547200000,
  RoundReminders1764633600000,
  Comments1764720000000,
  ReadIndexes1764806400000,
  StoryClock1764892800000,
  OriginalDueDates1764979200000,
  MailSending1765065600000,
  InitiativeTargets1765152000000,
  InitiativeLeads1765238400000,
  MeasurementStates1765324800000,
  Attachments1765411200000,
  RoundDataCalls1765497600000,
  Imports1765584000000,
  CoveringMilestoneIndex1765670400000,
];
