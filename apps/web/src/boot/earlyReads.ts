import type { QueryKey } from '@tanstack/react-query';
import { api } from '../api/endpoints';
import { MY_WORK, ownerReportQueries } from '../api/queries';
import { framedPage } from './framedPage';

/** A read asked for before the page's code is there: its place in react-query's cache, and its answer. */
export interface EarlyRead {
  key: QueryKey;
  answer: Promise<unknown>;
}

/**
 * What the owner's frame will show at `path` (a route without its query), asked for at
 * once: beside the session check and the frame's code, not after them, a round trip less
 * on a phone. The report form's draft waits for the person (owner-frame/). Someone not
 * signed in after all does not need the answers: their failure is no problem.
 */
export const earlyReads = (path: string): EarlyRead[] => {
  const page = framedPage(path);
  const reads: EarlyRead[] = [];
  if (page?.page === 'my-work') reads.push({ key: MY_WORK, answer: api.myWork() });
  if (page?.page === 'report') {
    const { round, initiative, milestones, submitted } = ownerReportQueries(
      page.roundId,
      page.initiativeId,
    );
    for (const { key, read } of [round, initiative, milestones, submitted]) {
      reads.push({ key, answer: read(new AbortController().signal) });
    }
  }
  for (const { answer } of reads) answer.catch(() => undefined);
  return reads;
};
