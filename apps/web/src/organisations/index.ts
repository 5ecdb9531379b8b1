import OrganisationIcon from '@mui/icons-material/AccountBalance';
import type { OrganisationRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./OrganisationList'), 'OrganisationList'),
  show: lazyPage(() => import('./OrganisationShow'), 'OrganisationShow'),
  icon: OrganisationIcon,
  recordRepresentation: (record: OrganisationRecord) => record.shortName || record.name,
};
