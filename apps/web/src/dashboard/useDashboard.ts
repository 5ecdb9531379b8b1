import { useEffect, useState } from 'react';
import { fetchUtils, useLogoutIfAccessDenied } from 'react-admin';
import type { StrategyDashboard } from '@pejling/contracts';
import { API_URL } from '../dataProvider';

export type DashboardState =
  { state: 'loading' } | { state: 'error' } | { state: 'loaded'; dashboard: StrategyDashboard };

/**
 * The current strategy's dashboard (GET /api/dashboard), fetched each time the page is
 * shown, so that a milestone just marked done counts. Every figure is the server's.
 */
export const useDashboard = (): DashboardState => {
  const [state, setState] = useState<DashboardState>({ state: 'loading' });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  useEffect(() => {
    const controller = new AbortController();
    fetchUtils
      .fetchJson(`${API_URL}/dashboard`, {
        signal: controller.signal,
        headers: new Headers({ Accept: 'application/json' }),
      })
      .then(
        ({ json }) => setState({ state: 'loaded', dashboard: json as StrategyDashboard }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ state: 'error' });
          void logoutIfAccessDenied(error);
        },
      );
    return () => controller.abort();
  }, [logoutIfAccessDenied]);
  return state;
};
