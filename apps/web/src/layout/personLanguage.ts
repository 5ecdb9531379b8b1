import { useCallback, useEffect } from 'react';
import { useLocaleState, useLogoutIfAccessDenied, useNotify } from 'react-admin';
import type { Language, PersonRecord } from '@pejling/contracts';
import { dataProvider } from '../api/dataProvider';
import { rememberLanguage } from '../auth/authProvider';
import { takeSessionLanguage } from '../auth/sessionLanguage';
import { useMe } from '../auth/useMe';

/**
 * Once signed in, the UI speaks the language the person chose in their profile, or the one
 * they just picked on the sign-in page, which is then saved as theirs (sessionLanguage.ts).
 * Taken once per session (react-admin remounts the app when the locale changes, so a
 * component's own memory would not do).
 */
export const useApplyPersonLanguage = () => {
  const me = useMe();
  const [, setLocale] = useLocaleState();
  const saveLanguage = useSaveLanguage();
  useEffect(() => {
    const pending = me && takeSessionLanguage();
    if (!pending) return;
    // The sign-in page already shows the picked language: no remount loses a failure notice.
    if (pending.save) void saveLanguage(pending.language);
    setLocale(pending.language);
  }, [me, setLocale, saveLanguage]);
};

/**
 * Saves a language the person picked to their profile: the record is fetched first, so
 * the update carries its current `version` and changes nothing else. Resolves to whether
 * it was saved; if not, the person is told why.
 */
export const useSaveLanguage = () => {
  const me = useMe();
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (language: string): Promise<boolean> => {
      if (!me) return false;
      try {
        const { data: person } = await dataProvider.getOne<PersonRecord>('people', {
          id: me.person.id,
        });
        await dataProvider.update<PersonRecord>('people', {
          id: person.id,
          data: { ...person, language: language as Language },
          previousData: person,
        });
        rememberLanguage(language as Language);
        return true;
      } catch (error) {
        if (!(await logoutIfAccessDenied(error))) {
          notify('pejling.error.language_not_saved', {
            type: 'error',
            messageArgs: { detail: error instanceof Error ? error.message : '' },
          });
        }
        return false;
      }
    },
    [me, notify, logoutIfAccessDenied],
  );
};
