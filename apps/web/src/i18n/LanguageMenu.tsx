import { useLocaleState, useTranslate } from 'react-admin';
import { LanguagePicker } from './LanguagePicker';

/**
 * The UI language, chosen from a menu. With `persist` (the app bar: to the person's
 * profile) the choice is stored first, and the language changes once it is: changing it
 * remounts react-admin's tree, which would lose a notification of a failed save.
 */
export const LanguageMenu = ({ persist }: { persist?: (locale: string) => Promise<boolean> }) => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();

  const choose = async (next: string) => {
    if (persist && !(await persist(next))) return;
    setLocale(next);
  };

  return (
    <LanguagePicker
      language={locale}
      label={translate('pejling.action.choose_language')}
      onChoose={choose}
    />
  );
};
