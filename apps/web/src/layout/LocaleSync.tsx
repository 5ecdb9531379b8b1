import { useEffect, type ReactNode } from 'react';
import { useLocaleState } from 'react-admin';
import { setApiLanguage } from '../dataProvider';

/**
 * Keeps what lies outside react-admin's messages in the UI language: the page's `lang`
 * (screen readers, spelling, native inputs) and the language asked of the server.
 */
export const LocaleSync = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  // Set while rendering, so that the children's first requests already carry it.
  setApiLanguage(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return children;
};
