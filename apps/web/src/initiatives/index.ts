import InitiativeIcon from '@mui/icons-material/Flag';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./InitiativeList'), 'InitiativeList'),
  show: lazyPage(() => import('./InitiativeShow'), 'InitiativeShow'),
  edit: lazyPage(() => import('./InitiativeEdit'), 'InitiativeEdit'),
  create: lazyPage(() => import('./InitiativeCreate'), 'InitiativeCreate'),
  icon: InitiativeIcon,
  recordRepresentation: representation('initiatives'),
};
