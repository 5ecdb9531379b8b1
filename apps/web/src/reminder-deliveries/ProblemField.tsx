import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { formatInstant } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { usePageTranslate } from '../i18n/pageMessages';
import { deliveryMessages } from './messages';

/**
 * Why a delivery is not sent (yet), in the reader's language, with the mail server's own
 * answer beneath it as it came; when it is to be tried again; and whether it waits longer
 * than it should (`explained`: and what to look at). Nothing for a delivery on its way as
 * planned, or sent. The outbox says so in its status already.
 */
export const ProblemField = ({ explained }: { explained: boolean }) => {
  const delivery = useRecordContext<ReminderDeliveryRecord>();
  const translate = usePageTranslate(deliveryMessages);
  const locale = useIntlLocale();
  if (!delivery) return null;
  const { problem, error, status, stale, nextAttemptAt } = delivery;
  const retrying = status === 'queued' && problem === 'temporary';
  return (
    <Stack spacing={0.25}>
      {problem && status !== 'outbox' && (
        <Typography variant="caption" color={status === 'failed' ? 'error' : 'text.secondary'}>
          {translate(`pejling.deliveryProblem.${problem}`)}
        </Typography>
      )}
      {error && (
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
          {error}
        </Typography>
      )}
      {retrying && (
        <Typography variant="caption">
          {translate('pejling.delivery.next_attempt', {
            date: formatInstant(nextAttemptAt, locale),
          })}
        </Typography>
      )}
      {stale && (
        <Typography variant="caption" color="warning.main">
          {translate('pejling.delivery.stale')}
          {explained &&
            `: ${translate('pejling.delivery.stale_help', { date: formatInstant(nextAttemptAt, locale) })}`}
        </Typography>
      )}
    </Stack>
  );
};
