import OrganisationIcon from '@mui/icons-material/AccountBalance';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./OrganisationList'), 'OrganisationList'),
  show: lazyPage(() => import('./OrganisationShow'), 'OrganisationShow'),
  icon: OrganisationIcon,
  recordRepresentation: representation('organisations'),
};
