import { useLocaleState } from 'react-admin';
import type { Language } from '@pejling/contracts';
import { AccessibilityStatement } from './AccessibilityStatement';

/**
 * The accessibility statement in the app (the user menu and react-admin's sign-in page
 * lead here), in the UI language; choosing another changes the UI's, as on the other
 * public pages, without saving it to the person's profile.
 */
export const AccessibilityPage = () => {
  const [locale, setLocale] = useLocaleState();
  return <AccessibilityStatement language={locale as Language} onLanguageChange={setLocale} />;
};
