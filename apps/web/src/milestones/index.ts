import MilestoneIcon from '@mui/icons-material/Event';
import type { MilestoneRecord } from '@pejling/contracts';
import { MilestoneCreate } from './MilestoneCreate';
import { MilestoneEdit } from './MilestoneEdit';
import { MilestoneList } from './MilestoneList';
import { MilestoneShow } from './MilestoneShow';

export default {
  list: MilestoneList,
  show: MilestoneShow,
  edit: MilestoneEdit,
  create: MilestoneCreate,
  icon: MilestoneIcon,
  recordRepresentation: (record: MilestoneRecord) => record.title,
};
