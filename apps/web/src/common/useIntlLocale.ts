import { useLocaleState } from 'react-admin';
import { intlLocale } from './format';

/** The BCP 47 locale to format dates and numbers in, following the UI language. */
export const useIntlLocale = (): string => {
  const [locale] = useLocaleState();
  return intlLocale(locale);
};
