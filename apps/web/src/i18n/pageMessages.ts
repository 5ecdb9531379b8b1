import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Language } from '@pejling/contracts';
import { translatorOf } from './signInMessages';
import type { Translate, Translations } from './types';

/**
 * A lazy page's own messages in every language, kept beside the page so that they load
 * with its chunk rather than with da.ts, which every page downloads (the dashboard has no
 * room to spare). The Danish are the reference; every other language has the same keys.
 */
export type PageMessages<T> = { da: T } & Record<Exclude<Language, 'da'>, Translations<T>>;

/**
 * `translate` for a page with messages of its own: a key of `messages` in the UI language,
 * any other as react-admin says it (da.ts, en.ts). `messages` is a module's constant.
 */
export const usePageTranslate = <T extends object>(messages: PageMessages<T>): Translate => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useMemo(
    () => translatorOf(messages[locale as Language] ?? messages.da, translate),
    [messages, locale, translate],
  );
};
