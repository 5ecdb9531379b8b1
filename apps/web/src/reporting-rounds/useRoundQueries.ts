import { useQuery } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { roundApi } from '../dataProvider';

/**
 * A round's completion board and compiled report, fetched through react-admin's query
 * client: `useRefresh()` (after opening or closing a round, after a save) fetches them
 * again like any list.
 */
export const useRoundCompletion = (id: Identifier | undefined) =>
  useQuery({
    queryKey: ['reporting-rounds', 'completion', { id: String(id) }],
    queryFn: ({ signal }) => roundApi.completion(id as Identifier, signal),
    enabled: id != null,
  });

export const useRoundReport = (id: Identifier | undefined) =>
  useQuery({
    queryKey: ['reporting-rounds', 'report', { id: String(id) }],
    queryFn: ({ signal }) => roundApi.report(id as Identifier, signal),
    enabled: id != null,
  });
