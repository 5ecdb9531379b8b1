/** The REST resources under /api, by their URL name. */
export const RESOURCES = [
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
export type ResourceName = (typeof RESOURCES)[number];
