import { MIN_PASSWORD_LENGTH } from '@pejling/contracts';
import da from '../i18n/da';
import { translatorOf } from '../i18n/translator';
import { passwordFieldErrors } from './passwordProblems';

const translate = translatorOf(da);

describe('passwordFieldErrors', () => {
  it('says the refusals it knows in the UI language', () => {
    expect(
      passwordFieldErrors(
        {
          token: 'token is unknown',
          currentPassword: 'currentPassword is wrong',
          root: { serverError: 'the server refused' },
        },
        translate,
      ),
    ).toEqual({
      token:
        'Linket virker ikke: det er udløbet eller allerede brugt. Bed sekretariatet om et nyt.',
      currentPassword: 'Den nuværende adgangskode er forkert',
    });
  });

  it('knows a password that is too short or too common by what the server says', () => {
    expect(
      passwordFieldErrors(
        { newPassword: 'must be at least 12 characters', password: 'is too common' },
        translate,
      ),
    ).toEqual({
      newPassword: `Skal være mindst ${MIN_PASSWORD_LENGTH} tegn`,
      password: 'Er en af de mest brugte adgangskoder. Vælg en anden',
    });
  });

  it("keeps the server's words for a refusal it does not know", () => {
    expect(passwordFieldErrors({ password: 'contains your e-mail' }, translate)).toEqual({
      password: 'contains your e-mail',
    });
  });
});
