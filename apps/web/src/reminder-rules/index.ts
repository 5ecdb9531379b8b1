import ReminderRuleIcon from '@mui/icons-material/Rule';
import type { ReminderRuleRecord } from '@pejling/contracts';
import { ReminderRuleCreate } from './ReminderRuleCreate';
import { ReminderRuleEdit } from './ReminderRuleEdit';
import { ReminderRuleList } from './ReminderRuleList';
import { ReminderRuleShow } from './ReminderRuleShow';

export default {
  list: ReminderRuleList,
  show: ReminderRuleShow,
  edit: ReminderRuleEdit,
  create: ReminderRuleCreate,
  icon: ReminderRuleIcon,
  recordRepresentation: (record: ReminderRuleRecord) => `#${record.id}`,
};
