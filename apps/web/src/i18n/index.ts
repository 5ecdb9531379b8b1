import type { I18nProvider } from 'react-admin';
import { type Language, LANGUAGES } from '@pejling/contracts';
import { LANGUAGE_NAMES } from './signInMessages';
import { translatorOf } from './translator';
import da from './da';
import { loadMessages } from './messages';
import type { Translate } from './types';

/**
 * The messages of the language shown, put in words as the sign-in page and the owner's
 * frame do (`translatorOf`: polyglot's placeholders and plurals, which is all the messages
 * use), so that one translator serves every page.
 */
let locale: Language = 'da';
let translate: Translate = translatorOf(da);

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
  translate: (key, options = {}) =>
    NAMED_IN_A_SENTENCE.has(key) && typeof options['resource'] === 'string'
      ? translate(key, {
          ...options,
          name: translate(`resources.${options['resource']}.forcedCaseName`, {
            smart_count: 2,
            _: options['name'],
          }),
        })
      : translate(key, options),
  changeLocale: async (next) => {
    const language = LANGUAGES.find((known) => known === next) ?? 'da';
    translate = translatorOf(await loadMessages(language));
    locale = language;
  },
  getLocale: () => locale,
  getLocales: () => LANGUAGES.map((known) => ({ locale: known, name: LANGUAGE_NAMES[known] })),
};
