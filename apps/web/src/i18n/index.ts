import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { type Language, LANGUAGES } from '@pejling/contracts';
import { LANGUAGE_NAMES } from './signInMessages';
import da from './da';
import en from './en';

const messages: Record<Language, TranslationMessages> = { da, en };

/** Danish by default; English on request. Both are bundled: they are small. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as Language] ?? messages.da,
  'da',
  LANGUAGES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);
