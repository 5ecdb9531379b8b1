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

/** Where a delivery stands, as a chip with an icon and words ("Ikke sendt: …"). */
export const DeliveryStatusField = ({ source = 'status', ...props }: FieldProps) => {
  const translate = useTranslate();
  const status = useFieldValue({ source, ...props }) as DeliveryStatus | undefined;
  if (!status) return null;
  return <StatusChip look={looks[status]} label={translate(`pejling.deliveryStatus.${status}`)} />;
};
