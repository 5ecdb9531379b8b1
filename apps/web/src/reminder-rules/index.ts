import ReminderRuleIcon from '@mui/icons-material/Rule';
import type { ReminderRuleRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./ReminderRuleList'), 'ReminderRuleList'),
  show: lazyPage(() => import('./ReminderRuleShow'), 'ReminderRuleShow'),
  edit: lazyPage(() => import('./ReminderRuleEdit'), 'ReminderRuleEdit'),
  create: lazyPage(() => import('./ReminderRuleCreate'), 'ReminderRuleCreate'),
  icon: ReminderRuleIcon,
  recordRepresentation: (record: ReminderRuleRecord) => `#${record.id}`,
};
