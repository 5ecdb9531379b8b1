import { MILESTONE_STATUSES } from '@pejling/contracts';

/**
 * A react-admin list's URL with a filter applied and its inputs shown:
 * `/milestones?filter={"focusAreaId":1,"overdue":true}&displayedFilters=…`.
 */
export const listLink = (resource: string, filter: Record<string, unknown>): string => {
  const displayed = Object.fromEntries(Object.keys(filter).map((key) => [key, true]));
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    displayedFilters: JSON.stringify(displayed),
  });
  return `/${resource}?${query.toString()}`;
};

/** The milestones that count towards a total: all but the cancelled ones. */
export const COUNTED_MILESTONE_STATUSES = MILESTONE_STATUSES.filter((s) => s !== 'cancelled');

/** The milestones still to be done: neither done nor cancelled. */
export const OPEN_MILESTONE_STATUSES = MILESTONE_STATUSES.filter(
  (s) => s !== 'cancelled' && s !== 'done',
);

/** Where the figures of one focus area, or of the whole plan, lead. */
export type Scope = { focusAreaId: number } | { strategyId: number };
