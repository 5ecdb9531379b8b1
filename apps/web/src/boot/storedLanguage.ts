import { useState } from 'react';
import { LANGUAGES, type Language } from '@pejling/contracts';

/**
 * A choice where react-admin keeps it: its localStorage store (`localStorageStore`, the
 * default of <Admin>) saves each key as JSON under `RaStore.<key>`. The pages drawn before
 * react-admin is loaded (the sign-in page, the owner's frame) read and write the same
 * entries, so that the app starts with the choices made there. Undefined: none stored, or
 * no storage.
 */
export const readRaStore = (key: string): unknown => {
  try {
    return JSON.parse(localStorage.getItem(`RaStore.${key}`) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
};

export const writeRaStore = (key: string, value: unknown): void => {
  try {
    localStorage.setItem(`RaStore.${key}`, JSON.stringify(value));
  } catch {
    // Storage refused (a private window): the choice holds for this page only.
  }
};

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
