import PersonIcon from '@mui/icons-material/Person';
import type { PersonRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./PersonList'), 'PersonList'),
  show: lazyPage(() => import('./PersonShow'), 'PersonShow'),
  edit: lazyPage(() => import('./PersonEdit'), 'PersonEdit'),
  create: lazyPage(() => import('./PersonCreate'), 'PersonCreate'),
  icon: PersonIcon,
  recordRepresentation: (record: PersonRecord) => record.name,
};
