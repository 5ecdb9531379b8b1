import MilestoneIcon from '@mui/icons-material/Event';
import type { MilestoneRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./MilestoneList'), 'MilestoneList'),
  show: lazyPage(() => import('./MilestoneShow'), 'MilestoneShow'),
  edit: lazyPage(() => import('./MilestoneEdit'), 'MilestoneEdit'),
  create: lazyPage(() => import('./MilestoneCreate'), 'MilestoneCreate'),
  icon: MilestoneIcon,
  recordRepresentation: (record: MilestoneRecord) => record.title,
};
