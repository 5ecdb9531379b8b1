import { type FormEvent, useEffect, useState } from 'react';
import { Alert, Box, Button, Link, Stack, TextField } from '@mui/material';
import type { Language } from '@pejling/contracts';
import { LanguagePicker } from '../i18n/LanguagePicker';
import type { Translate } from '../i18n/types';
import { ACCESSIBILITY_PATH } from './accessibilityPath';
import { PublicCard } from './PublicCard';
import { SignInError } from './session';
import { pickSignInLanguage } from './sessionLanguage';

interface Props {
  language: Language;
  /** Shows the page in another language. */
  onLanguageChange: (language: Language) => void;
  /** react-admin's in the app, `signInTranslator` before it is loaded. */
  translate: Translate;
  /** The server stopped accepting the session this page had: say so. */
  expired?: boolean;
  /** Rejects with a SignInError that says why not; the caller goes on after a success. */
  signIn: (credentials: { email: string; password: string }) => Promise<void>;
}

type Field = 'email' | 'password';

/**
 * Sign in with e-mail and password: the one sign-in form, drawn by main.tsx before the app
 * is loaded and by the app as react-admin's login page (LoginPage.tsx), so it imports
 * nothing from react-admin. A refusal is said in the page's language and never tells
 * whether the e-mail exists. A language picked here becomes the person's (sessionLanguage.ts).
 * Its footer links to the accessibility statement, which needs no sign-in.
 */
export const SignInPage = ({ language, onLanguageChange, translate, expired, signIn }: Props) => {
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [missing, setMissing] = useState<Field[]>([]);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const chooseLanguage = (next: Language) => {
    pickSignInLanguage(next);
    onLanguageChange(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = (['email', 'password'] as const).filter((field) => !values[field].trim());
    setMissing(empty);
    if (empty.length) return;
    setPending(true);
    setError(undefined);
    try {
      await signIn(values);
    } catch (failure) {
      setError(
        failure instanceof SignInError
          ? translate(failure.message, failure.args)
          : translate('pejling.auth.failed'),
      );
      setPending(false);
    }
  };

  const field = (name: Field) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
    label: translate(`pejling.auth.${name}`),
    error: missing.includes(name),
    helperText: missing.includes(name) ? translate('pejling.auth.required') : ' ',
    required: true,
    fullWidth: true,
    // As react-admin's inputs look in the app.
    variant: 'filled' as const,
    margin: 'dense' as const,
    size: 'small' as const,
  });

  return (
    <PublicCard
      title={translate('pejling.auth.title')}
      language={
        <LanguagePicker
          language={language}
          label={translate('pejling.auth.choose_language')}
          onChoose={chooseLanguage}
        />
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack spacing={1}>
          {expired && <Alert severity="info">{translate('pejling.auth.expired')}</Alert>}
          <TextField {...field('email')} type="email" autoComplete="username" autoFocus />
          <TextField {...field('password')} type="password" autoComplete="current-password" />
          {error && <Alert severity="error">{error}</Alert>}
          <Button type="submit" variant="contained" disabled={pending} fullWidth>
            {translate('pejling.auth.sign_in')}
          </Button>
        </Stack>
      </form>
      <Box component="footer" sx={{ mt: 2, textAlign: 'center' }}>
        <Link href={`#${ACCESSIBILITY_PATH}`} variant="body2">
          {translate('pejling.auth.accessibility')}
        </Link>
      </Box>
    </PublicCard>
  );
};
