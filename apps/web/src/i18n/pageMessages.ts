import { useCallback, useMemo } from 'react';
import type { Language } from '@pejling/contracts';
import { type NotifyOptions, useShell } from '../shell/shell';
import { translatorOf } from './translator';
import type { Translate, Translations } from './types';

/**
 * A lazy page's own messages in every language, kept beside the page so that they load
 * with its chunk rather than with da.ts, which every page downloads (the dashboard has no
 * room to spare). The Danish are the reference; every other language has the same keys.
 */
export type PageMessages<T> = { da: T } & Record<Exclude<Language, 'da'>, Translations<T>>;

/**
 * `translate` for a page with messages of its own: a key of `messages` in the UI language,
 * any other as the app's messages say it (da.ts, en.ts). `messages` is a module's constant.
 */
export const usePageTranslate = <T extends object>(messages: PageMessages<T>): Translate => {
  const { language, translate } = useShell();
  return useMemo(
    () => translatorOf(messages[language] ?? messages.da, translate),
    [messages, language, translate],
  );
};

/** `notify` for a page with messages of its own: a key of theirs or the app's, put in words. */
export const usePageNotify = <T extends object>(messages: PageMessages<T>) => {
  const translate = usePageTranslate(messages);
  const { notify } = useShell();
  return useCallback(
    (key: string, options: NotifyOptions & { messageArgs?: Record<string, unknown> } = {}) => {
      const { messageArgs, ...looks } = options;
      notify(translate(key, messageArgs), looks);
    },
    [translate, notify],
  );
};
