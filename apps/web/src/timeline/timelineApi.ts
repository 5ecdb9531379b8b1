import { useQuery } from '@tanstack/react-query';
import { fetchUtils } from 'react-admin';
import type { Timeline } from '@pejling/contracts';
import { API_URL } from '../dataProvider';

/**
 * GET /api/timeline: a strategy's plan over its period, in one answer; without an id the
 * current strategy's.
 */
export const fetchTimeline = async (
  strategyId: number | undefined,
  signal?: AbortSignal,
): Promise<Timeline> => {
  const query = strategyId ? `?strategyId=${strategyId}` : '';
  const { json } = await fetchUtils.fetchJson(`${API_URL}/timeline${query}`, {
    signal,
    headers: new Headers({ Accept: 'application/json' }),
  });
  return json as Timeline;
};

export const useTimeline = (strategyId: number | undefined) =>
  useQuery({
    queryKey: ['timeline', strategyId],
    queryFn: ({ signal }) => fetchTimeline(strategyId, signal),
  });
