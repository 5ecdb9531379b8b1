import { useMemo } from 'react';
import { useGetList, type Identifier } from 'react-admin';
import type { StatusReportRecord } from '@pejling/contracts';

/**
 * Which of `reports` a later submitted report corrects: report id → the correction's id.
 * The corrections are looked for among the submitted reports of the same initiatives, in
 * one request.
 */
export const useSupersession = (
  reports: Pick<StatusReportRecord, 'id' | 'initiativeId' | 'state'>[] | undefined,
): Map<Identifier, Identifier> => {
  const initiativeIds = [
    ...new Set((reports ?? []).filter((r) => r.state === 'submitted').map((r) => r.initiativeId)),
  ].sort((a, b) => a - b);
  const { data } = useGetList<StatusReportRecord>(
    'status-reports',
    {
      filter: { initiativeId: initiativeIds, state: 'submitted' },
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: initiativeIds.length > 0 },
  );
  return useMemo(
    () =>
      new Map(
        (data ?? [])
          .filter((report) => report.supersedesId != null)
          .map((report) => [report.supersedesId as Identifier, report.id]),
      ),
    [data],
  );
};
