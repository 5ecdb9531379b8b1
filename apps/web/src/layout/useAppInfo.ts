import { useEffect, useState } from 'react';
import type { AppInfo } from '@pejling/contracts';
import { fetchAppInfo } from '../dataProvider';

/**
 * What the server says about itself (GET /api/info), fetched once. Undefined until it
 * answers, and if it never does: the page works without it.
 */
export const useAppInfo = (): AppInfo | undefined => {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    const controller = new AbortController();
    fetchAppInfo(controller.signal).then(setInfo, () => undefined);
    return () => controller.abort();
  }, []);
  return info;
};
