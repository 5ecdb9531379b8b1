import ReminderRuleIcon from '@mui/icons-material/Rule';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./ReminderRuleList'), 'ReminderRuleList'),
  show: lazyPage(() => import('./ReminderRuleShow'), 'ReminderRuleShow'),
  edit: lazyPage(() => import('./ReminderRuleEdit'), 'ReminderRuleEdit'),
  create: lazyPage(() => import('./ReminderRuleCreate'), 'ReminderRuleCreate'),
  icon: ReminderRuleIcon,
  recordRepresentation: representation('reminder-rules'),
};
