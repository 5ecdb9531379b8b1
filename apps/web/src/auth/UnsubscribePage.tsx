import { useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-admin';
import { statusOf } from '../api/client';
import { api } from '../api/endpoints';
import { usePageTranslate } from '../i18n/pageMessages';
import { PublicPage } from './PublicPage';
import { unsubscribeMessages } from './unsubscribeMessages';

type Outcome =
  { step: 'ask' } | { step: 'done'; name: string } | { step: 'failed'; message: string };

const INVALID = 'pejling.unsubscribe.invalid';

/**
 * Where the unsubscribe link in a reminder e-mail leads (`/unsubscribe?token=…`): asks
 * first (a mail scanner that follows links must not unsubscribe anyone), then turns the
 * person's reminders off. Escalations still come; the settings turn reminders on again.
 */
export const UnsubscribePage = () => {
  const translate = usePageTranslate(unsubscribeMessages);
  const navigate = useNavigate();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { step: 'ask' } : { step: 'failed', message: INVALID },
  );
  const { mutate: unsubscribe, isPending: pending } = useMutation({
    mutationFn: () => api.reminders.unsubscribe(token),
    onSuccess: ({ name }) => setOutcome({ step: 'done', name }),
    onError: (error) =>
      setOutcome({ step: 'failed', message: statusOf(error) === 400 ? INVALID : error.message }),
  });

  const toSettings = (
    <Button variant="outlined" fullWidth onClick={() => navigate('/settings/notifications')}>
      {translate('pejling.unsubscribe.to_settings')}
    </Button>
  );

  return (
    <PublicPage title={translate('pejling.unsubscribe.title')}>
      <Stack spacing={2}>
        {outcome.step === 'ask' && (
          <>
            <Typography variant="body2">{translate('pejling.unsubscribe.intro')}</Typography>
            <Button variant="contained" fullWidth disabled={pending} onClick={() => unsubscribe()}>
              {translate('pejling.unsubscribe.confirm')}
            </Button>
          </>
        )}
        {outcome.step === 'done' && (
          <>
            <Alert severity="success" role="status">
              {translate('pejling.unsubscribe.done', { name: outcome.name })}
            </Alert>
            {toSettings}
          </>
        )}
        {outcome.step === 'failed' && (
          <>
            <Alert severity="error">{translate(outcome.message, { _: outcome.message })}</Alert>
            {toSettings}
          </>
        )}
      </Stack>
    </PublicPage>
  );
};
