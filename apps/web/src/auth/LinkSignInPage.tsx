import { useEffect, useState } from 'react';
import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useAuthState, useLocation, useNavigate, useRefresh, useTranslate } from 'react-admin';
import { signInWithLink } from '../authProvider';
import { PublicPage } from './PublicPage';
import { SignInError } from './session';

type Outcome = { path: string } | { error: string; args?: Record<string, unknown> };

const failureOf = (failure: unknown): Outcome =>
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
  const [outcome, setOutcome] = useState<Outcome | undefined>(
    token ? undefined : { error: 'pejling.link.invalid' },
  );

  useEffect(() => {
    if (!token) return;
    let current = true;
    signInWithLink(token).then(
      (path) => {
        if (!current) return;
        setOutcome({ path });
        // react-admin checked the session before there was one: have it check again.
        refresh();
      },
      (failure: unknown) => {
        if (current) setOutcome(failureOf(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [token, refresh]);

  const path = outcome && 'path' in outcome ? outcome.path : undefined;
  useEffect(() => {
    if (path && authenticated) navigate(path, { replace: true });
  }, [path, authenticated, navigate]);

  return (
    <PublicPage title="pejling.link.title">
      {outcome && 'error' in outcome ? (
        <Stack spacing={2}>
          <Alert severity="error">{translate(outcome.error, outcome.args)}</Alert>
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
