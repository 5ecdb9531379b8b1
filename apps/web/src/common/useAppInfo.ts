import type { AppInfo } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { APP_INFO } from '../api/queries';
import { useApiQuery } from './useApiQuery';

/**
 * What the server says about itself (GET /api/info). Undefined until it answers, and if it
 * never does: the page works without it.
 */
export const useAppInfo = (): AppInfo | undefined => useApiQuery(APP_INFO, api.info).data;
