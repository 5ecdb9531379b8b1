import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useCanAccess, useRecordContext, useRefresh } from 'react-admin';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { useServerAction } from '../common/useServerAction';
import { usePageNotify } from '../i18n/pageMessages';
import { deliveryMessages } from './messages';

/** What can be sent again: what failed, or waited for a mail server. */
const RESENDABLE: readonly string[] = ['failed', 'outbox'];

/**
 * Sends a failed delivery (or one kept in the outbox) again, for the secretariat, and says
 * plainly when it will only go to the outbox again (no mail server configured). The row
 * then shows it queued, and soon sent or failed anew.
 */
export const ResendButton = () => {
  const delivery = useRecordContext<ReminderDeliveryRecord>();
  const { canAccess } = useCanAccess({ resource: 'reminder-deliveries', action: 'resend' });
  const notify = usePageNotify(deliveryMessages);
  const refresh = useRefresh();
  const { pending, run: resend } = useServerAction(api.reminders.resend, ({ mail }) => {
    notify(mail === 'smtp' ? 'pejling.delivery.resent' : 'pejling.delivery.resent_outbox', {
      type: mail === 'smtp' ? 'success' : 'warning',
    });
    refresh();
  });
  if (!delivery || !canAccess || !RESENDABLE.includes(delivery.status)) return null;

  return (
    <Button
      label="pejling.delivery.resend"
      disabled={pending}
      onClick={(event) => {
        // In a list row: send, do not open the row.
        event.stopPropagation();
        resend(delivery.id);
      }}
    >
      <ReplayIcon />
    </Button>
  );
};
