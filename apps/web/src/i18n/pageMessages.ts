import { useCallback, useMemo } from 'react';
import {
  useLocaleState,
  useNotify,
  useTranslate,
  type NotificationOptions,
  type NotificationType,
} from 'react-admin';
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

/**
 * `notify` for a page with messages of its own. react-admin's notification looks a message
 * up in the app's messages only, so a key of the page's is put in words here first, and
 * passed as `_`, which react-admin shows for a message that is not one of its keys.
 */
export const usePageNotify = <T extends object>(messages: PageMessages<T>) => {
  const translate = usePageTranslate(messages);
  const notify = useNotify();
  return useCallback(
    (key: string, options: NotificationOptions & { type?: NotificationType } = {}) => {
      const text = translate(key, options.messageArgs);
      notify(text, { ...options, messageArgs: { _: text } });
    },
    [translate, notify],
  );
};
