import { useMemo } from 'react';
import type {
  InitiativeRecord,
  MilestoneRecord,
  ReportingRoundRecord,
  StatusReportRecord,
} from '@pejling/contracts';
import { useApiQuery } from '../../common/useApiQuery';
import { type Read, useDeferredRead } from '../../shell/useDeferredRead';
import { ownerReportQueries } from '../../api/queries';

/** What the report page shows, read together. */
export interface OwnerReportData {
  round: ReportingRoundRecord;
  initiative: InitiativeRecord;
  /** The initiative's milestones, by due date. */
  milestones: MilestoneRecord[];
  /** The person's latest draft for the round and initiative, if any. */
  draft: StatusReportRecord | undefined;
  submitted: StatusReportRecord[];
}

/**
 * What the report page reads for a round and an initiative (`ownerReportQueries`), all at
 * once, the person's draft once they are known; deferred (`useDeferredRead`), so that the
 * long form is drawn in short tasks. `reloadMilestones` reads the milestones again (their
 * versions change when a report changes them).
 */
export const useOwnerReportData = (
  roundId: number,
  initiativeId: number,
  personId: number | undefined,
) => {
  const queries = ownerReportQueries(roundId, initiativeId);
  const round = useApiQuery(queries.round.key, queries.round.read);
  const initiative = useApiQuery(queries.initiative.key, queries.initiative.read);
  const milestones = useApiQuery(queries.milestones.key, queries.milestones.read);
  // Until the person is known (never, in practice: the frame and the app know them first).
  const drafts = queries.drafts(personId ?? 0);
  const draft = useApiQuery(drafts.key, drafts.read, { enabled: personId !== undefined });
  const submitted = useApiQuery(queries.submitted.key, queries.submitted.read);
  const reads = [round, initiative, milestones, draft, submitted];
  const error = reads.find((query) => query.error)?.error ?? null;
  const isPending = reads.some((query) => query.isPending);
  const data = useMemo<OwnerReportData | undefined>(
    () =>
      round.data && initiative.data && milestones.data && draft.data && submitted.data
        ? {
            round: round.data,
            initiative: initiative.data,
            milestones: milestones.data,
            draft: draft.data[0],
            submitted: submitted.data,
          }
        : undefined,
    [round.data, initiative.data, milestones.data, draft.data, submitted.data],
  );
  const read: Read<OwnerReportData> = { data, error, isPending };
  return { read: useDeferredRead(read), reloadMilestones: milestones.refetch };
};
