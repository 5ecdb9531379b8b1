import ReminderDeliveryIcon from '@mui/icons-material/MarkEmailRead';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./ReminderDeliveryList'), 'ReminderDeliveryList'),
  show: lazyPage(() => import('./ReminderDeliveryShow'), 'ReminderDeliveryShow'),
  icon: ReminderDeliveryIcon,
  recordRepresentation: (record: ReminderDeliveryRecord) =>
    `${record.recipientName}: ${record.milestoneTitle ?? record.roundTitle ?? ''}`,
};
