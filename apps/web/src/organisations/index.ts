import OrganisationIcon from '@mui/icons-material/AccountBalance';
import type { OrganisationRecord } from '@pejling/contracts';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';

export default {
  list: OrganisationList,
  show: OrganisationShow,
  icon: OrganisationIcon,
  recordRepresentation: (record: OrganisationRecord) => record.shortName || record.name,
};
