import FocusAreaIcon from '@mui/icons-material/Category';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./FocusAreaList'), 'FocusAreaList'),
  show: lazyPage(() => import('./FocusAreaShow'), 'FocusAreaShow'),
  icon: FocusAreaIcon,
  recordRepresentation: representation('focus-areas'),
};
