import { useEffect } from 'react';
import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useAuthState, useLocation, useNavigate, useRefresh, useTranslate } from 'react-admin';
import { signInWithLink } from './authProvider';
import { PublicPage } from './PublicPage';
import { SignInError } from './session';

interface Failure {
  error: string;
  args?: Record<string, unknown>;
}

const failureOf = (failure: unknown): Failure =>
  failure instanceof SignInError
    ? { error: failure.message, args: failure.args }
    : { error: 'pejling.link.failed' };

/**
 * Where the link in a reminder e-mail leads (`/link?token=…`): signs the person in with
 * the token, which works once, and opens the page the e-mail was about. A used, unknown
 * or expired link says so, and leads to the sign-in page.
 */
export const LinkSignInPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const { authenticated } = useAuthState();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  // The token's one sign-in (signInWithLink sends it once, however often it is asked).
  const { data: path, error } = useQuery({
    queryKey: ['sign-in-link', token],
    queryFn: () => signInWithLink(token),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
  const failure = !token ? { error: 'pejling.link.invalid' } : error ? failureOf(error) : undefined;

  // react-admin checked the session before there was one: have it check again.
  useEffect(() => {
    if (path) refresh();
  }, [path, refresh]);
  useEffect(() => {
    if (path && authenticated) navigate(path, { replace: true });
  }, [path, authenticated, navigate]);

  return (
    <PublicPage title="pejling.link.title">
      {failure ? (
        <Stack spacing={2}>
          <Alert severity="error">{translate(failure.error, failure.args)}</Alert>
          <Button variant="contained" fullWidth onClick={() => navigate('/login')}>
            {translate('pejling.password.to_sign_in')}
          </Button>
        </Stack>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={24} />
          <Typography>{translate('pejling.link.signing_in')}</Typography>
        </Stack>
      )}
    </PublicPage>
  );
};
