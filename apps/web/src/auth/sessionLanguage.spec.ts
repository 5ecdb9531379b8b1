import {
  pickSignInLanguage,
  startSessionLanguage,
  takePickedLanguage,
  takeSessionLanguage,
} from './sessionLanguage';

afterEach(() => {
  takePickedLanguage();
  takeSessionLanguage();
});

describe("a session's language", () => {
  it('is the saved one when none was picked, and is not saved again', () => {
    startSessionLanguage('da', takePickedLanguage());
    expect(takeSessionLanguage()).toEqual({ language: 'da', save: false });
  });

  it('is the one picked on the sign-in page, saved as theirs when it differs', () => {
    pickSignInLanguage('en');
    startSessionLanguage('da', takePickedLanguage());
    expect(takeSessionLanguage()).toEqual({ language: 'en', save: true });
  });

  it('is not saved when the pick is the saved one', () => {
    pickSignInLanguage('da');
    startSessionLanguage('da', takePickedLanguage());
    expect(takeSessionLanguage()).toEqual({ language: 'da', save: false });
  });

  it('is taken once: a language chosen later in the session is not overridden', () => {
    startSessionLanguage('en');
    expect(takeSessionLanguage()?.language).toBe('en');
    expect(takeSessionLanguage()).toBeUndefined();
  });

  it('uses a pick for one session only', () => {
    pickSignInLanguage('en');
    expect(takePickedLanguage()).toBe('en');
    expect(takePickedLanguage()).toBeUndefined();
  });
});
