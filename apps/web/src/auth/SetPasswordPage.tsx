import { useCallback, useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { Form, SaveButton, useLocation, useNavigate, useTranslate } from 'react-admin';
import { api } from '../api/endpoints';
import { NewPasswordInputs, usePasswordSubmit } from './passwords';
import { PublicPage } from './PublicPage';

type Outcome = 'form' | 'saved' | 'invalid_link';

/**
 * Where an invitation link leads (`/set-password?token=…`): a person without a password
 * chooses one. Works without a session; the token is single-use and expires.
 */
export const SetPasswordPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome>(token ? 'form' : 'invalid_link');

  const send = useCallback(
    ({ password }: { password: string }) => api.accounts.acceptInvitation({ token, password }),
    [token],
  );
  const submit = usePasswordSubmit(send, () => setOutcome('saved'));
  const submitWithToken = async (values: Partial<{ password: string }>) => {
    const errors = await submit(values);
    if (errors?.['token']) setOutcome('invalid_link');
    return errors;
  };

  const toSignIn = (
    <Button variant="contained" fullWidth onClick={() => navigate('/login')}>
      {translate('pejling.password.to_sign_in')}
    </Button>
  );

  return (
    <PublicPage title="pejling.password.choose_title">
      {outcome === 'form' && (
        <Form<{ password: string }> onSubmit={submitWithToken} noValidate>
          <Stack>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('pejling.password.choose_intro')}
            </Typography>
            <NewPasswordInputs source="password" />
            <SaveButton label="pejling.password.save" />
          </Stack>
        </Form>
      )}
      {outcome === 'saved' && (
        <Stack spacing={2}>
          <Alert severity="success">{translate('pejling.password.saved')}</Alert>
          {toSignIn}
        </Stack>
      )}
      {outcome === 'invalid_link' && (
        <Stack spacing={2}>
          <Alert severity="error">{translate('pejling.password.invalid_link')}</Alert>
          {toSignIn}
        </Stack>
      )}
    </PublicPage>
  );
};
