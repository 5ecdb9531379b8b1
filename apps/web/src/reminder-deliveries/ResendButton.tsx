import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { useServerAction } from '../common/useServerAction';
import { reminderApi } from '../dataProvider';

/** What can be sent again: what failed, or waited for a mail server. */
const RESENDABLE: readonly string[] = ['failed', 'outbox'];

/**
 * Sends a failed delivery (or one kept in the outbox) again, for the secretariat. The
 * row then shows it queued, and soon sent or failed anew.
 */
export const ResendButton = () => {
  const delivery = useRecordContext<ReminderDeliveryRecord>();
  const { canAccess } = useCanAccess({ resource: 'reminder-deliveries', action: 'resend' });
  const notify = useNotify();
  const refresh = useRefresh();
  const { pending, run } = useServerAction();
  if (!delivery || !canAccess || !RESENDABLE.includes(delivery.status)) return null;

  const resend = () =>
    run(
      () => reminderApi.resend(delivery.id),
      () => {
        notify('pejling.delivery.resent', { type: 'success' });
        refresh();
      },
    );
  return (
    <Button
      label="pejling.delivery.resend"
      disabled={pending}
      onClick={(event) => {
        // In a list row: send, do not open the row.
        event.stopPropagation();
        void resend();
      }}
    >
      <ReplayIcon />
    </Button>
  );
};
