import FocusAreaIcon from '@mui/icons-material/Category';
import type { FocusAreaRecord } from '@pejling/contracts';
import { codeAndTitle } from '../common/references';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./FocusAreaList'), 'FocusAreaList'),
  show: lazyPage(() => import('./FocusAreaShow'), 'FocusAreaShow'),
  icon: FocusAreaIcon,
  recordRepresentation: (record: FocusAreaRecord) => codeAndTitle(record),
};
