import type { Language } from '@pejling/contracts';
import { translatorOf } from './translator';
import type { Translate, Translations } from './types';

/**
 * What the sign-in page says, in Danish. The page is shown before react-admin and its
 * messages are loaded (they would not fit its size budget), so it reads its texts here;
 * da.ts and en.ts take the same objects as `pejling.auth` and refer to them where
 * react-admin says the same thing, so that each text is written once.
 */
export const signInDa = {
  title: 'Log ind på Pejling',
  email: 'E-mail',
  password: 'Adgangskode',
  sign_in: 'Log ind',
  required: 'Skal udfyldes',
  failed: 'Godkendelsen mislykkedes, prøv igen',
  wrong_credentials: 'Forkert e-mailadresse eller adgangskode.',
  throttled:
    'For mange mislykkede forsøg. Prøv igen om %{smart_count} minut. |||| For mange mislykkede forsøg. Prøv igen om %{smart_count} minutter.',
  expired: 'Din session er udløbet. Log ind igen for at fortsætte, hvor du var.',
  network: 'Serveren kan ikke nås. Prøv igen om lidt.',
  choose_language: 'Sprog',
  accessibility: 'Tilgængelighedserklæring',
};

/** The same in English; react-admin's English messages say the shared ones alike. */
export const signInEn: Translations<typeof signInDa> = {
  title: 'Sign in to Pejling',
  email: 'Email',
  password: 'Password',
  sign_in: 'Sign in',
  required: 'Required',
  failed: 'Authentication failed, please retry',
  wrong_credentials: 'Wrong e-mail address or password.',
  throttled:
    'Too many failed attempts. Try again in %{smart_count} minute. |||| Too many failed attempts. Try again in %{smart_count} minutes.',
  expired: 'Your session has expired. Sign in again to continue where you were.',
  network: 'The server cannot be reached. Try again in a moment.',
  choose_language: 'Language',
  accessibility: 'Accessibility statement',
};

/** Each language by its own name, the same whichever language the page is in. */
export const LANGUAGE_NAMES: Record<Language, string> = { da: 'Dansk', en: 'English' };

const messages: Record<Language, Translations<typeof signInDa>> = { da: signInDa, en: signInEn };

/** `translate` for the `pejling.auth.*` keys, for the sign-in page before the app is loaded. */
export const signInTranslator = (language: Language): Translate =>
  translatorOf({ pejling: { auth: messages[language] } });
