import type { TranslationMessages } from 'react-admin';
import type { Language } from '@pejling/contracts';
import da from './da';

const others: Record<Exclude<Language, 'da'>, () => Promise<TranslationMessages>> = {
  en: () => import('./en').then((module) => module.default),
};

/**
 * The app's messages in `language`. Danish is bundled; the other languages load when a
 * person chooses one (or signs in with one saved), so that the first page does not carry
 * messages it will not show.
 */
export const loadMessages = async (language: Language): Promise<TranslationMessages> =>
  language === 'da' ? da : others[language]();
