import { useEffect, useState } from 'react';
import { fetchUtils, useLogoutIfAccessDenied } from 'react-admin';
import type { StrategyDashboard } from '@pejling/contracts';
import { API_URL } from '../dataProvider';

export type DashboardState =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'loaded'; dashboard: StrategyDashboard };

/**
 * A strategy's dashboard (GET /api/dashboard; without an id the current strategy's),
 * fetched each time the page is shown, so that a milestone just marked done counts.
 * Every figure is the server's.
 */
export const useDashboard = (strategyId: number | undefined): DashboardState => {
  const [state, setState] = useState<DashboardState>({ state: 'loading' });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  useEffect(() => {
    const controller = new AbortController();
    fetchUtils
      .fetchJson(`${API_URL}/dashboard${strategyId ? `?strategyId=${strategyId}` : ''}`, {
        signal: controller.signal,
        headers: new Headers({ Accept: 'application/json' }),
      })
      .then(
        ({ json }) => setState({ state: 'loaded', dashboard: json as StrategyDashboard }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ state: 'error', error });
          void logoutIfAccessDenied(error);
        },
      );
    return () => controller.abort();
  }, [strategyId, logoutIfAccessDenied]);
  return state;
};
