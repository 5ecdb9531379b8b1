import ReminderDeliveryIcon from '@mui/icons-material/MarkEmailRead';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { ReminderDeliveryList } from './ReminderDeliveryList';
import { ReminderDeliveryShow } from './ReminderDeliveryShow';

export default {
  list: ReminderDeliveryList,
  show: ReminderDeliveryShow,
  icon: ReminderDeliveryIcon,
  recordRepresentation: (record: ReminderDeliveryRecord) =>
    `${record.recipientName}: ${record.milestoneTitle ?? record.roundTitle ?? ''}`,
};
