import { type ReactNode, useMemo } from 'react';
import {
  useLocaleState,
  useLogoutIfAccessDenied,
  useNotify,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { Language } from '@pejling/contracts';
import { type Shell, ShellContext } from '../shell/shell';

/** The shell (shell/shell.ts) in react-admin's app: its translations, toasts, saves, sign-out. */
export const ReactAdminShell = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const signOutIfExpired = useLogoutIfAccessDenied();
  const [update] = useUpdate();
  const shell = useMemo<Shell>(
    () => ({
      language: locale as Language,
      translate,
      // react-admin looks a message up among the app's keys: a text in words is passed as
      // `_`, which it shows for a message that is not one of them.
      notify: (text, options = {}) => notify(text, { ...options, messageArgs: { _: text } }),
      // react-admin's update puts the answer in its lists and records: a row stays where it
      // is, even in a list its new state no longer matches, until the list is read again.
      saveRecord: (resource, record, previous) =>
        update(
          resource,
          { id: record.id, data: record, previousData: previous },
          { mutationMode: 'pessimistic', returnPromise: true },
        ) as Promise<typeof record>,
      signOutIfExpired,
    }),
    [locale, translate, notify, update, signOutIfExpired],
  );
  return <ShellContext.Provider value={shell}>{children}</ShellContext.Provider>;
};
