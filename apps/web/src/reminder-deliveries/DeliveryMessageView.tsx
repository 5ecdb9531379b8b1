import { Alert, Box, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { Section } from '../common/Section';
import { useApiQuery } from '../common/useApiQuery';
import { usePageTranslate } from '../i18n/pageMessages';
import { deliveryMessages } from './messages';

/**
 * The e-mail a delivery went out in, or will: whom to, its subject and its text, as the
 * server makes it again from what the deliveries record, with the personal links left out.
 */
export const DeliveryMessageView = () => {
  const delivery = useRecordContext<ReminderDeliveryRecord>();
  const translate = usePageTranslate(deliveryMessages);
  const { data: message, error } = useApiQuery(
    ['reminder-deliveries', delivery?.id, 'message', delivery?.status],
    (signal) => api.reminders.message(delivery?.id ?? 0, signal),
    { enabled: delivery !== undefined },
  );
  if (!delivery) return null;
  return (
    <Section title="pejling.delivery.message">
      {error && <Alert severity="error">{translate('pejling.delivery.message_failed')}</Alert>}
      {message && (
        <Stack spacing={1}>
          <Typography variant="body2" color="text.secondary">
            {translate(
              message.sent ? 'pejling.delivery.message_sent' : 'pejling.delivery.message_unsent',
            )}
          </Typography>
          <Typography variant="body2">
            {translate('pejling.delivery.message_to')}: {message.to.name} &lt;{message.to.email}&gt;
          </Typography>
          <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
            {translate('pejling.delivery.message_subject')}: {message.subject}
          </Typography>
          <Box
            component="pre"
            lang={message.language}
            sx={{
              m: 0,
              p: 2,
              bgcolor: 'action.hover',
              borderRadius: 1,
              fontFamily: 'monospace',
              fontSize: 13,
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              maxWidth: 720,
            }}
          >
            {message.text}
          </Box>
        </Stack>
      )}
    </Section>
  );
};
