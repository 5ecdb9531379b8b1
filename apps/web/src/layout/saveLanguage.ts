import { useCallback } from 'react';
import type { Language, PersonRecord } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { rememberLanguage } from '../auth/authProvider';
import { useMe } from '../auth/useMe';
import { useShell } from '../shell/shell';

/**
 * Saves a language the person picked to their profile: the record is read first, so
 * the save carries its current `version` and changes nothing else. Resolves to whether
 * it was saved; if not, the person is told why. In the app's bar and the owner's frame's.
 */
export const useSaveLanguage = () => {
  const me = useMe();
  const { notify, translate, signOutIfExpired } = useShell();
  return useCallback(
    async (language: string): Promise<boolean> => {
      if (!me) return false;
      try {
        const person = await api.record<PersonRecord>('people', me.person.id);
        await api.saveRecord('people', { ...person, language: language as Language });
        rememberLanguage(language as Language);
        return true;
      } catch (error) {
        if (!(await signOutIfExpired(error))) {
          const detail = error instanceof Error ? error.message : '';
          notify(translate('pejling.error.language_not_saved', { detail }), { type: 'error' });
        }
        return false;
      }
    },
    [me, notify, translate, signOutIfExpired],
  );
};
