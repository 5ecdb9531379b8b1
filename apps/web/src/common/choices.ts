import {
  AUDIT_ACTIONS,
  HEALTHS,
  INITIATIVE_STATUSES,
  LANGUAGES,
  MILESTONE_STATUSES,
  ORGANISATION_KINDS,
  PROGRESS_METHODS,
  REGIONS,
  ROLES,
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
export const milestoneStatusChoices = choicesOf(MILESTONE_STATUSES, 'milestoneStatus');
export const organisationKindChoices = choicesOf(ORGANISATION_KINDS, 'organisationKind');
export const regionChoices = choicesOf(REGIONS, 'region');
export const progressMethodChoices = choicesOf(PROGRESS_METHODS, 'progressMethod');
export const roleChoices = choicesOf(ROLES, 'role');
export const languageChoices = choicesOf(LANGUAGES, 'language');
export const auditActionChoices = choicesOf(AUDIT_ACTIONS, 'auditAction');
