import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { LANGUAGES } from '@pejling/contracts';
import { LANGUAGE_NAMES } from '../auth/signInMessages';
import da from './da';
import en from './en';

export type Locale = 'da' | 'en';

const messages: Record<Locale, TranslationMessages> = { da, en };

/** Danish by default; English on request. Both are bundled: they are small. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as Locale] ?? messages.da,
  'da',
  LANGUAGES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);

/** The BCP 47 tag used to format dates and numbers for a UI locale. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'da-DK');
