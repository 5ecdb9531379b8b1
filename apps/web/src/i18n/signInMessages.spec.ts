import da from './da';
import en from './en';
import { signInDa, signInEn, signInTranslator } from './signInMessages';

describe('signInTranslator', () => {
  it('says the sign-in page’s texts in the language picked', () => {
    expect(signInTranslator('da')('pejling.auth.sign_in')).toBe('Log ind');
    expect(signInTranslator('en')('pejling.auth.sign_in')).toBe('Sign in');
  });

  it('fills in a count, with the singular for one and the plural for any other', () => {
    const translate = signInTranslator('en');
    expect(translate('pejling.auth.throttled', { smart_count: 1 })).toBe(
      'Too many failed attempts. Try again in 1 minute.',
    );
    expect(translate('pejling.auth.throttled', { smart_count: 5 })).toBe(
      'Too many failed attempts. Try again in 5 minutes.',
    );
  });

  it('returns a key it does not have as it is, as polyglot does', () => {
    expect(signInTranslator('da')('pejling.auth.no_such_text')).toBe('pejling.auth.no_such_text');
    expect(signInTranslator('da')('pejling.dashboard.title')).toBe('pejling.dashboard.title');
  });

  it('has the texts the app says under the same keys', () => {
    expect(da).toHaveProperty('pejling.auth', signInDa);
    expect(en).toHaveProperty('pejling.auth', signInEn);
  });
});
