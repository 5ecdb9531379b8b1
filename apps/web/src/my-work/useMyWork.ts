import { useEffect, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useGetMany } from 'react-admin';
import type { MilestoneRecord, MyWork } from '@pejling/contracts';
import { myWorkApi } from '../dataProvider';

const MY_WORK = ['my-work'];

/**
 * The signed-in person's work, and the full records of its milestones by id: the status
 * select saves a whole milestone, and react-admin keeps those records up to date when it
 * does. When one of them has been saved since My work was read, My work is read again, so
 * the counts, the progress and the order follow.
 */
export const useMyWork = () => {
  const queryClient = useQueryClient();
  const work = useQuery({ queryKey: MY_WORK, queryFn: ({ signal }) => myWorkApi.get(signal) });
  const ids = useMemo(() => work.data?.milestones.map((m) => m.id) ?? [], [work.data]);
  const { data: records } = useGetMany<MilestoneRecord>(
    'milestones',
    { ids },
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

/** Whether a milestone has a newer version than My work has read (never the other way round, which would loop). */
const isStale = (work: MyWork | undefined, records: Map<number, MilestoneRecord>): boolean =>
  !!work?.milestones.some((m) => (records.get(m.id)?.version ?? 0) > m.version);
