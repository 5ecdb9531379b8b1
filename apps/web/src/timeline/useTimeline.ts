import { api } from '../api/endpoints';
import { useApiQuery } from '../common/useApiQuery';

/** A strategy's plan over its period, in one answer; without an id the current strategy's. */
export const useTimeline = (strategyId: number | undefined) =>
  useApiQuery(['timeline', strategyId], (signal) => api.timeline(strategyId, signal));
