import { useQuery } from '@tanstack/react-query';
import { fetchUtils } from 'react-admin';
import type { Timeline } from '@pejling/contracts';
import { API_URL } from '../dataProvider';

/** GET /api/timeline: the current strategy's plan over its period, in one answer. */
export const fetchTimeline = async (signal?: AbortSignal): Promise<Timeline> => {
  const { json } = await fetchUtils.fetchJson(`${API_URL}/timeline`, {
    signal,
    headers: new Headers({ Accept: 'application/json' }),
  });
  return json as Timeline;
};

export const useTimeline = () =>
  useQuery({ queryKey: ['timeline'], queryFn: ({ signal }) => fetchTimeline(signal) });
