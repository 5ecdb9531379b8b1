import PersonIcon from '@mui/icons-material/Person';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./PersonList'), 'PersonList'),
  show: lazyPage(() => import('./PersonShow'), 'PersonShow'),
  edit: lazyPage(() => import('./PersonEdit'), 'PersonEdit'),
  create: lazyPage(() => import('./PersonCreate'), 'PersonCreate'),
  icon: PersonIcon,
  recordRepresentation: representation('people'),
};
