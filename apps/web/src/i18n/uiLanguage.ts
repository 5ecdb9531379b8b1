import type { Translate } from './types';

export interface UiLanguage {
  /** The UI locale (`da`, `en`), which the server is asked to answer in. */
  language: string;
  translate: Translate;
}

/**
 * The UI language outside React, for the API client: the language it asks the server to
 * answer in and the messages it says failures in. LocaleSync (in the app) and the sign-in
 * page keep it in step with what the person reads; until then Danish, the default, with
 * each message by its key.
 */
let current: UiLanguage = { language: 'da', translate: (key) => key };

export const uiLanguage = (): UiLanguage => current;

export const setUiLanguage = (language: string, translate: Translate): void => {
  current = { language, translate };
};
