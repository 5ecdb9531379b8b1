import type { QueryKey } from '@tanstack/react-query';
import type {
  InitiativeRecord,
  MilestoneRecord,
  ReportingRoundRecord,
  StatusReportRecord,
  StrategyDashboard,
} from '@pejling/contracts';
import { api } from './endpoints';

/** More submitted reports (corrections) than one round gets for one initiative. */
const SUBMITTED_SHOWN = 100;
/** More milestones than an initiative has. */
const MILESTONES_SHOWN = 500;

/** My work's place in react-query's cache. */
export const MY_WORK: QueryKey = ['my-work'];

/** The server's date and mode (GET /api/info) in react-query's cache. */
export const APP_INFO: QueryKey = ['info'];

/** A read of the server's, under its key in react-query's cache. */
export interface ApiQuery<T> {
  key: QueryKey;
  read: (signal: AbortSignal) => Promise<T>;
}

/** A strategy's dashboard (without an id the current strategy's): boot.tsx asks for it early. */
export const dashboardQuery = (strategyId: number | undefined): ApiQuery<StrategyDashboard> => ({
  key: ['dashboard', strategyId],
  read: (signal) => api.dashboard(strategyId, signal),
});

/**
 * What the report page (reporting-rounds/owner-report/) reads for a round and an
 * initiative: the round, the initiative, its milestones by due date, the person's latest
 * draft and the reports submitted. Apart from the page, so that boot.tsx and the owner's
 * frame can ask for them while the page's code loads. Each key starts with its resource, so that react-admin's refresh and
 * a save's invalidation reach them in the app too.
 */
export const ownerReportQueries = (roundId: number, initiativeId: number) => {
  const ofThis = { roundId, initiativeId };
  return {
    round: {
      key: ['reporting-rounds', 'one', roundId],
      read: (signal) => api.record<ReportingRoundRecord>('reporting-rounds', roundId, signal),
    } satisfies ApiQuery<ReportingRoundRecord>,
    initiative: {
      key: ['initiatives', 'one', initiativeId],
      read: (signal) => api.record<InitiativeRecord>('initiatives', initiativeId, signal),
    } satisfies ApiQuery<InitiativeRecord>,
    milestones: {
      key: ['milestones', 'of initiative', initiativeId],
      read: (signal) =>
        api.list<MilestoneRecord>(
          'milestones',
          { filter: { initiativeId }, sort: ['dueDate', 'ASC'], perPage: MILESTONES_SHOWN },
          signal,
        ),
    } satisfies ApiQuery<MilestoneRecord[]>,
    drafts: (personId: number): ApiQuery<StatusReportRecord[]> => ({
      key: ['status-reports', 'draft', ofThis, personId],
      read: (signal) =>
        api.list<StatusReportRecord>(
          'status-reports',
          {
            filter: { ...ofThis, state: 'draft', authorPersonId: personId },
            sort: ['id', 'DESC'],
            perPage: 1,
          },
          signal,
        ),
    }),
    submitted: {
      key: ['status-reports', 'submitted', ofThis],
      read: (signal) =>
        api.list<StatusReportRecord>(
          'status-reports',
          {
            filter: { ...ofThis, state: 'submitted' },
            sort: ['id', 'DESC'],
            perPage: SUBMITTED_SHOWN,
          },
          signal,
        ),
    } satisfies ApiQuery<StatusReportRecord[]>,
  };
};
