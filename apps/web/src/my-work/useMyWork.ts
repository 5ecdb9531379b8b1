import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/endpoints';
import { MY_WORK } from '../api/queries';
import { useApiQuery } from '../common/useApiQuery';
import { isStale } from './myWork';

/** Where My work's milestones are kept whole: read again when one of them is saved. */
export const MY_WORK_MILESTONES = ['milestones', 'of my work'];

/**
 * The signed-in person's work, and the full records of its milestones by id: the status
 * select saves a whole milestone, and has them read again when it has (MilestoneStatusSelect).
 * When one of them has been saved since My
 * work was read, My work is read again, so the counts, the progress and the order follow.
 */
export const useMyWork = () => {
  const queryClient = useQueryClient();
  const work = useApiQuery(MY_WORK, api.myWork);
  const ids = useMemo(() => work.data?.milestones.map((m) => m.id) ?? [], [work.data]);
  const { data: records } = useApiQuery(
    [...MY_WORK_MILESTONES, ids],
    (signal) => api.milestones.many(ids, signal),
    { enabled: ids.length > 0 },
  );
  const recordsById = useMemo(
    () => new Map((records ?? []).map((record) => [record.id, record])),
    [records],
  );
  const changed = useMemo(() => isStale(work.data, recordsById), [work.data, recordsById]);
  useEffect(() => {
    if (changed) void queryClient.invalidateQueries({ queryKey: MY_WORK });
  }, [changed, queryClient]);
  return { ...work, recordsById };
};
