import { useState } from 'react';
import { LANGUAGES, type Language } from '@pejling/contracts';

/**
 * The UI language where react-admin keeps it: its localStorage store (`localStorageStore`,
 * the default of <Admin>) saves the `locale` key as JSON under `RaStore.locale`. The
 * sign-in page, drawn before react-admin is loaded, reads and writes the same entry, so
 * that the app starts in the language chosen there.
 */
const KEY = 'RaStore.locale';

/** The language last chosen in this browser; Danish, the default, if none (or no storage). */
export const storedLanguage = (): Language => {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return LANGUAGES.find((language) => language === stored) ?? 'da';
  } catch {
    return 'da';
  }
};

export const storeLanguage = (language: Language): void => {
  try {
    localStorage.setItem(KEY, JSON.stringify(language));
  } catch {
    // Storage refused (a private window): the choice holds for this page only.
  }
};

/**
 * The stored language as the state of a page drawn before the app (the sign-in page, the
 * accessibility statement): choosing another stores it.
 */
export const useStoredLanguage = (): [Language, (language: Language) => void] => {
  const [language, setLanguage] = useState(storedLanguage);
  const choose = (next: Language) => {
    storeLanguage(next);
    setLanguage(next);
  };
  return [language, choose];
};
