import { useState } from 'react';
import { LANGUAGES, type Language } from '@pejling/contracts';
import { readRaStore, writeRaStore } from '../common/raStore';

/** The language last chosen in this browser; Danish, the default, if none (or no storage). */
export const storedLanguage = (): Language =>
  LANGUAGES.find((language) => language === readRaStore('locale')) ?? 'da';

export const storeLanguage = (language: Language): void => writeRaStore('locale', language);

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
