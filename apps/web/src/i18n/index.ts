import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { type Language, LANGUAGES } from '@pejling/contracts';
import { LANGUAGE_NAMES } from './signInMessages';
import da from './da';

/**
 * Danish is bundled; the other languages load when a person chooses one (or signs in with
 * one saved), so that the first page does not carry messages it will not show.
 */
const messages: Record<Exclude<Language, 'da'>, () => Promise<TranslationMessages>> = {
  en: () => import('./en').then((module) => module.default),
};

const polyglot = polyglotI18nProvider(
  (locale) => messages[locale as Exclude<Language, 'da'>]?.() ?? da,
  'da',
  LANGUAGES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);

/**
 * react-admin's messages for an empty list put the resource's name in the middle of a
 * sentence, but give it as a menu has it, capitalised ("Ingen Milepæle fundet"): they get
 * the name as a sentence has it instead (`forcedCaseName`), for every resource.
 */
const NAMED_IN_A_SENTENCE = new Set([
  'ra.navigation.no_results',
  'ra.navigation.no_filtered_results',
]);

/** Danish by default; English on request. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  translate: (key, options = {}) =>
    NAMED_IN_A_SENTENCE.has(key) && typeof options['resource'] === 'string'
      ? polyglot.translate(key, {
          ...options,
          name: polyglot.translate(`resources.${options['resource']}.forcedCaseName`, {
            smart_count: 2,
            _: options['name'],
          }),
        })
      : polyglot.translate(key, options),
};
