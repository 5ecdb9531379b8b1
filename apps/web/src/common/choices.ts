import {
  AUDIT_ACTIONS,
  DELIVERY_STATUSES,
  ESCALATION_TARGETS,
  HEALTHS,
  INITIATIVE_STATUSES,
  LANGUAGES,
  MILESTONE_STATUSES,
  ORGANISATION_KINDS,
  PROGRESS_METHODS,
  RECIPIENT_ROLES,
  REGIONS,
  REMINDER_KINDS,
  REMINDER_MODES,
  ROLES,
  ROUND_COMPLETIONS,
  ROUND_OUTCOME_KINDS,
  ROUND_STATES,
  STATUS_REPORT_STATES,
} from '@pejling/contracts';

/** A choice whose name is an i18n key: SelectInput and SelectField translate it. */
export interface Choice {
  id: string;
  name: string;
}

const choicesOf = (values: readonly string[], prefix: string): Choice[] =>
  values.map((id) => ({ id, name: `pejling.${prefix}.${id}` }));

export const initiativeStatusChoices = choicesOf(INITIATIVE_STATUSES, 'initiativeStatus');
export const healthChoices = choicesOf(HEALTHS, 'health');
/** For filtering initiatives: the traffic lights and "not assessed" (the API's `none`). */
export const healthFilterChoices = choicesOf([...HEALTHS, 'none'], 'health');
export const milestoneStatusChoices = choicesOf(MILESTONE_STATUSES, 'milestoneStatus');
export const organisationKindChoices = choicesOf(ORGANISATION_KINDS, 'organisationKind');
export const regionChoices = choicesOf(REGIONS, 'region');
export const progressMethodChoices = choicesOf(PROGRESS_METHODS, 'progressMethod');
export const roleChoices = choicesOf(ROLES, 'role');
export const languageChoices = choicesOf(LANGUAGES, 'language');
export const auditActionChoices = choicesOf(AUDIT_ACTIONS, 'auditAction');
export const reminderKindChoices = choicesOf(REMINDER_KINDS, 'reminderKind');
export const reminderModeChoices = choicesOf(REMINDER_MODES, 'reminderMode');
export const deliveryStatusChoices = choicesOf(DELIVERY_STATUSES, 'deliveryStatus');
export const recipientRoleChoices = choicesOf(RECIPIENT_ROLES, 'recipientRole');
/** Whom an escalation tells: the same words as the recipient roles they become. */
export const escalationTargetChoices = choicesOf(ESCALATION_TARGETS, 'recipientRole');
export const roundStateChoices = choicesOf(ROUND_STATES, 'roundState');
export const roundCompletionChoices = choicesOf(ROUND_COMPLETIONS, 'roundCompletion');
export const outcomeKindChoices = choicesOf(ROUND_OUTCOME_KINDS, 'outcomeKind');
export const reportStateChoices = choicesOf(STATUS_REPORT_STATES, 'reportState');
