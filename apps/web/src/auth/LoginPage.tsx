import { useEffect, useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import {
  Form,
  PasswordInput,
  required,
  TextInput,
  useCheckAuth,
  useLogin,
  useNavigate,
  useTranslate,
} from 'react-admin';
import { sessionExpired, SignInError } from '../authProvider';
import { PublicPage } from './PublicPage';

interface Credentials {
  email: string;
  password: string;
}

/**
 * Sign in with e-mail and password. A refusal is said in the UI language and never tells
 * whether the e-mail exists. Afterwards react-admin returns to the page the person was on
 * (`useLogin` reads `nextPathname` from the location the sign-out left).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  // Already signed in (the address was typed or bookmarked): go on to the app.
  useEffect(() => {
    checkAuth({}, false).then(
      () => navigate('/'),
      () => undefined,
    );
  }, [checkAuth, navigate]);

  const submit = async (credentials: Partial<Credentials>) => {
    setPending(true);
    setError(undefined);
    try {
      await login(credentials);
    } catch (failure) {
      setError(
        failure instanceof SignInError
          ? translate(failure.message, failure.args)
          : translate('ra.auth.sign_in_error'),
      );
      setPending(false);
    }
  };

  return (
    <PublicPage title="pejling.auth.title">
      <Form<Credentials> onSubmit={submit} noValidate>
        <Stack spacing={1}>
          {sessionExpired() && <Alert severity="info">{translate('pejling.auth.expired')}</Alert>}
          <TextInput
            source="email"
            type="email"
            label="ra.auth.email"
            autoComplete="username"
            validate={required()}
            autoFocus
          />
          <PasswordInput
            source="password"
            label="ra.auth.password"
            autoComplete="current-password"
            validate={required()}
          />
          {error && <Alert severity="error">{error}</Alert>}
          <Button type="submit" variant="contained" disabled={pending} fullWidth>
            {translate('ra.auth.sign_in')}
          </Button>
        </Stack>
      </Form>
    </PublicPage>
  );
};
