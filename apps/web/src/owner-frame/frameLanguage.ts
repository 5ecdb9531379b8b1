import { useCallback, useState } from 'react';
import type { Language } from '@pejling/contracts';
import { storedLanguage, storeLanguage } from '../boot/storedLanguage';
import { loadMessages } from '../i18n/messages';

/** The language the owner's frame speaks, with its messages loaded. */
export interface FrameLanguage {
  language: Language;
  messages: object;
}

/** The language last chosen in this browser, its messages loaded: before the first draw. */
export const loadStoredLanguage = async (): Promise<FrameLanguage> => {
  const language = storedLanguage();
  return { language, messages: await loadMessages(language) };
};

/**
 * The frame's language as state: `choose` loads another's messages, stores the choice where
 * the app reads it too, and then shows it.
 */
export const useFrameLanguage = (initial: FrameLanguage) => {
  const [shown, setShown] = useState(initial);
  const choose = useCallback(async (language: Language) => {
    const messages = await loadMessages(language);
    storeLanguage(language);
    setShown({ language, messages });
  }, []);
  return [shown, choose] as const;
};
