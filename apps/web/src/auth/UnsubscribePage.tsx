import { useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { HttpError, useLocation, useNavigate, useTranslate } from 'react-admin';
import { reminderApi } from '../dataProvider';
import { PublicPage } from './PublicPage';

type Outcome =
  { step: 'ask' } | { step: 'done'; name: string } | { step: 'failed'; message: string };

const INVALID = 'pejling.unsubscribe.invalid';

/**
 * Where the unsubscribe link in a reminder e-mail leads (`/unsubscribe?token=…`): asks
 * first (a mail scanner that follows links must not unsubscribe anyone), then turns the
 * person's reminders off. Escalations still come; the settings turn reminders on again.
 */
export const UnsubscribePage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { step: 'ask' } : { step: 'failed', message: INVALID },
  );
  const [pending, setPending] = useState(false);

  const unsubscribe = async () => {
    setPending(true);
    try {
      const { name } = await reminderApi.unsubscribe(token);
      setOutcome({ step: 'done', name });
    } catch (error) {
      const invalid = error instanceof HttpError && error.status === 400;
      const message = error instanceof Error ? error.message : 'ra.notification.http_error';
      setOutcome({ step: 'failed', message: invalid ? INVALID : message });
    } finally {
      setPending(false);
    }
  };

  const toSettings = (
    <Button variant="outlined" fullWidth onClick={() => navigate('/settings/notifications')}>
      {translate('pejling.unsubscribe.to_settings')}
    </Button>
  );

  return (
    <PublicPage title="pejling.unsubscribe.title">
      <Stack spacing={2}>
        {outcome.step === 'ask' && (
          <>
            <Typography variant="body2">{translate('pejling.unsubscribe.intro')}</Typography>
            <Button variant="contained" fullWidth disabled={pending} onClick={unsubscribe}>
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
