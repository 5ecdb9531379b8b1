import MilestoneIcon from '@mui/icons-material/Event';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./MilestoneList'), 'MilestoneList'),
  show: lazyPage(() => import('./MilestoneShow'), 'MilestoneShow'),
  edit: lazyPage(() => import('./MilestoneEdit'), 'MilestoneEdit'),
  create: lazyPage(() => import('./MilestoneCreate'), 'MilestoneCreate'),
  icon: MilestoneIcon,
  recordRepresentation: representation('milestones'),
};
