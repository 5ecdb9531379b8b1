import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';
import { takeSessionLanguage } from '../auth/sessionLanguage';
import { useMe } from '../auth/useMe';
import { useSaveLanguage } from './saveLanguage';

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
