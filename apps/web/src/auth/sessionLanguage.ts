import type { Language } from '@pejling/contracts';

/**
 * The language a session starts in, applied once by the layout. `save`: it was picked on
 * the sign-in page and differs from the person's saved one, so it is saved as theirs.
 */
export interface SessionLanguage {
  language: Language;
  save: boolean;
}

/** A language picked on the sign-in page, until the session it was picked for starts. */
let pickedLanguage: Language | undefined;
/** The session's language, until the UI has taken it up once in this session. */
let languageToApply: SessionLanguage | undefined;

/**
 * Someone picked a language on the sign-in page. Signing in then makes it their language:
 * it is saved to their profile, over the one saved there (see `startSessionLanguage`).
 */
export const pickSignInLanguage = (language: Language): void => {
  pickedLanguage = language;
};

/** The language picked on the sign-in page, once: a later session starts without it. */
export const takePickedLanguage = (): Language | undefined => {
  const language = pickedLanguage;
  pickedLanguage = undefined;
  return language;
};

/**
 * Starts a session in the person's saved language, or in one they picked on the sign-in
 * page: someone who chose English there and signs in expects English, and choosing it was
 * choosing their language, so it is saved as such (as the app bar's language menu does).
 * Without a pick, the saved language applies, whatever the sign-in page was shown in.
 */
export const startSessionLanguage = (saved: Language, picked?: Language): void => {
  languageToApply = {
    language: picked ?? saved,
    save: picked !== undefined && picked !== saved,
  };
};

/**
 * The session's language (see `startSessionLanguage`) the first time it is asked for, then
 * undefined: it is applied once, and a language picked afterwards is not overridden.
 */
export const takeSessionLanguage = (): SessionLanguage | undefined => {
  const language = languageToApply;
  languageToApply = undefined;
  return language;
};
