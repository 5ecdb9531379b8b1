import type { QueryKey } from '@tanstack/react-query';
import { api } from '../api/endpoints';
import { APP_INFO, dashboardQuery, MY_WORK, ownerReportQueries } from '../api/queries';
import { chosenStrategy } from '../common/strategyChoice';
import { framedPage } from './framedPage';

/** A read asked for before the page's code is there: its place in react-query's cache, and its answer. */
export interface EarlyRead {
  key: QueryKey;
  answer: Promise<unknown>;
}

/** Asks for each of `queries` now; a failure is the page's to show, when it reads it. */
const asked = (queries: { key: QueryKey; read: (signal: AbortSignal) => Promise<unknown> }[]) =>
  queries.map(({ key, read }) => {
    const answer = read(new AbortController().signal);
    answer.catch(() => undefined);
    return { key, answer };
  });

/**
 * What the owner's frame will show at `path` (a route without its query), asked for at
 * once: beside the session check and the frame's code, not after them, a round trip less
 * on a phone. The server's date and mode (`/api/info`) are in the frame's bar. What is the
 * person's own waits for them (`personalReads`). Someone not signed in after all does not
 * need the answers: their failure is no problem.
 */
export const earlyReads = (path: string): EarlyRead[] => {
  const page = framedPage(path);
  if (!page) return [];
  const info = { key: APP_INFO, read: api.info };
  if (page.page === 'my-work') return asked([info, { key: MY_WORK, read: () => api.myWork() }]);
  if (page.page === 'dashboard') return asked([info, dashboardQuery(chosenStrategy())]);
  const { round, initiative, milestones, submitted } = ownerReportQueries(
    page.roundId,
    page.initiativeId,
  );
  return asked([info, round, initiative, milestones, submitted]);
};

/** What the frame's page at `path` shows of the person's own: the report form's draft. */
export const personalReads = (path: string, personId: number): EarlyRead[] => {
  const page = framedPage(path);
  return page?.page === 'report'
    ? asked([ownerReportQueries(page.roundId, page.initiativeId).drafts(personId)])
    : [];
};
