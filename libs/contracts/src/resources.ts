/** The resources that make up a plan, by their URL name under /api. */
export const PLAN_RESOURCES = [
  'strategies',
  'focus-areas',
  'initiatives',
  'milestones',
  'organisations',
  'people',
  'targets',
  'measurements',
  'status-reports',
] as const;
export type PlanResourceName = (typeof PLAN_RESOURCES)[number];

/**
 * Every REST resource under /api: the plan's, the reporting rounds with the steering
 * group's decisions, the comments on initiatives, the files attached to records, the
 * reminder rules, and two logs that are read-only: the reminder deliveries and the audit
 * trail.
 */
export const RESOURCES = [
  ...PLAN_RESOURCES,
  'reporting-rounds',
  'round-outcomes',
  'comments',
  'attachments',
  'reminder-rules',
  'reminder-deliveries',
  'audit-events',
] as const;
export type ResourceName = (typeof RESOURCES)[number];
