import { type QueryKey, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { statusOf } from '../api/client';
import { useShell } from '../shell/shell';

/** As react-query's default: a few more tries after a failure. */
const TRIES = 3;

/**
 * Whether to ask again after a failure: not when the server refused (4xx), which it would
 * do again; a network failure or a server error may pass.
 */
export const retryUnlessRefused = (failures: number, error: unknown): boolean => {
  const status = statusOf(error) ?? 0;
  return failures < TRIES && !(status >= 400 && status < 500);
};

/**
 * Reads one of the server's endpoints (endpoints.ts) with react-query, in the frame's
 * query client (react-admin's, in the app): cached under `queryKey`, aborted when no
 * longer needed, read again by react-admin's refresh. A 401 signs the person out, as
 * react-admin's own reads do.
 */
export const useApiQuery = <T>(
  queryKey: QueryKey,
  read: (signal: AbortSignal) => Promise<T>,
  options: Omit<UseQueryOptions<T>, 'queryKey' | 'queryFn'> = {},
) => {
  const { signOutIfExpired } = useShell();
  return useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      try {
        return await read(signal);
      } catch (error) {
        await signOutIfExpired(error);
        throw error;
      }
    },
    retry: retryUnlessRefused,
    ...options,
  });
};
