import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import OutboxIcon from '@mui/icons-material/Outbox';
import ScheduleIcon from '@mui/icons-material/Schedule';
import SendIcon from '@mui/icons-material/Send';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { DeliveryStatus } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';

const looks: Record<DeliveryStatus, StatusLook> = {
  pending: { icon: <HourglassEmptyIcon />, colour: 'text.secondary' },
  queued: { icon: <ScheduleIcon />, colour: 'info.main' },
  sending: { icon: <SendIcon />, colour: 'info.main' },
  sent: { icon: <CheckCircleIcon />, colour: 'success.main' },
  failed: { icon: <ErrorIcon />, colour: 'error.main' },
  outbox: { icon: <OutboxIcon />, colour: 'warning.main' },
};

/** A delivery status as a chip with an icon and words ("Ikke sendt: …"), with a count if given. */
export const DeliveryStatusChip = ({
  status,
  count,
}: {
  status: DeliveryStatus;
  count?: number;
}) => {
  const translate = useTranslate();
  const label = translate(`pejling.deliveryStatus.${status}`);
  return (
    <StatusChip look={looks[status]} label={count === undefined ? label : `${label}: ${count}`} />
  );
};

/** Where a delivery stands, as a chip. */
export const DeliveryStatusField = ({ source = 'status', ...props }: FieldProps) => {
  const status = useFieldValue({ source, ...props }) as DeliveryStatus | undefined;
  return status ? <DeliveryStatusChip status={status} /> : null;
};
