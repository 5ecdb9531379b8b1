import PersonIcon from '@mui/icons-material/Person';
import type { PersonRecord } from '@pejling/contracts';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

export default {
  list: PersonList,
  show: PersonShow,
  icon: PersonIcon,
  recordRepresentation: (record: PersonRecord) => record.name,
};
