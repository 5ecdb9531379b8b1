import type { MilestoneRecord, MyWork, MyWorkReportRequest } from '@pejling/contracts';

/** The milestone an e-mail's link is about: `/my-work?milestone=<id>`. */
export const pickedMilestone = (search: string): number | undefined => {
  const id = Number(new URLSearchParams(search).get('milestone'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/**
 * Whether a milestone has a newer version than My work has read, so that My work must be
 * read again (never the other way round, which would loop).
 */
export const isStale = (work: MyWork | undefined, records: Map<number, MilestoneRecord>): boolean =>
  !!work?.milestones.some((m) => (records.get(m.id)?.version ?? 0) > m.version);

/**
 * Where an owner goes on after answering a request: the next of their open requests, in
 * My work's order (by due date), never the one just answered; none when that was the last.
 */
export const nextRequest = (
  requests: MyWorkReportRequest[],
  answered: { roundId: number; initiativeId: number },
): MyWorkReportRequest | undefined =>
  requests.find(
    (request) =>
      request.roundId !== answered.roundId || request.initiativeId !== answered.initiativeId,
  );
