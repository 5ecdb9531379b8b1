import { useCallback, useState } from 'react';
import { useLogoutIfAccessDenied, useNotify } from 'react-admin';

/**
 * What to do when a call to the server beyond react-admin's own fails: a 401 signs the
 * person out, as anywhere else; anything else is a notification with the readable message
 * the data provider made of it.
 */
export const useReportFailure = () => {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (error: unknown): Promise<void> => {
      if (await logoutIfAccessDenied(error)) return;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    },
    [notify, logoutIfAccessDenied],
  );
};

/**
 * A button's call to the server: `pending` while it runs (to disable the button), then
 * `onDone` with the answer, or the failure reported as `useReportFailure` does.
 */
export const useServerAction = () => {
  const reportFailure = useReportFailure();
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async <T>(send: () => Promise<T>, onDone: (result: T) => void): Promise<void> => {
      setPending(true);
      try {
        onDone(await send());
      } catch (error) {
        await reportFailure(error);
      } finally {
        setPending(false);
      }
    },
    [reportFailure],
  );
  return { pending, run };
};
