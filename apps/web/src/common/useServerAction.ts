import { useCallback } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useShell } from '../shell/shell';

/**
 * What to do when a call to the server beyond react-admin's own fails: a 401 signs the
 * person out, as anywhere else; anything else is a notification with the readable message
 * the API client made of it.
 */
export const useReportFailure = () => {
  const { notify, translate, signOutIfExpired } = useShell();
  return useCallback(
    async (error: unknown): Promise<void> => {
      if (await signOutIfExpired(error)) return;
      notify(error instanceof Error ? error.message : translate('ra.notification.http_error'), {
        type: 'error',
      });
    },
    [notify, translate, signOutIfExpired],
  );
};

/**
 * A button's call to the server (one of endpoints.ts), as a react-query mutation: `run`
 * sends it, `pending` while it runs (to disable the button), then `onDone` with the
 * answer, or the failure reported as `useReportFailure` does.
 */
export const useServerAction = <A, T>(
  send: (argument: A) => Promise<T>,
  onDone: (result: T) => void,
) => {
  const reportFailure = useReportFailure();
  const { mutate, isPending } = useMutation({
    mutationFn: send,
    onSuccess: (result) => onDone(result),
    onError: reportFailure,
  });
  return { pending: isPending, run: mutate };
};
