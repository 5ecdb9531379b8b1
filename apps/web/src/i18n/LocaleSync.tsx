import { useEffect, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { setUiLanguage } from './uiLanguage';

/**
 * Keeps what lies outside react-admin's messages in the UI language: the page's `lang`
 * (screen readers, spelling, native inputs), and the language the API client asks the
 * server to answer in and says failures in.
 */
export const LocaleSync = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  // Set while rendering, so that the children's first requests already carry it.
  setUiLanguage(locale, translate);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return children;
};
