import { keepPreviousData } from '@tanstack/react-query';
import { dashboardQuery } from '../api/queries';
import { useApiQuery } from '../common/useApiQuery';

/**
 * A strategy's dashboard (GET /api/dashboard; without an id the current strategy's). Every
 * figure is the server's: it is fetched each time the page is shown, never shown from
 * memory (`gcTime: 0`), so that a milestone just marked done counts. Another strategy's
 * replaces the one shown when it arrives.
 */
export const useDashboard = (strategyId: number | undefined) => {
  const { key, read } = dashboardQuery(strategyId);
  return useApiQuery(key, read, { gcTime: 0, placeholderData: keepPreviousData });
};
