import InitiativeIcon from '@mui/icons-material/Flag';
import type { InitiativeRecord } from '@pejling/contracts';
import { codeAndTitle } from '../common/references';
import { InitiativeCreate } from './InitiativeCreate';
import { InitiativeEdit } from './InitiativeEdit';
import { InitiativeList } from './InitiativeList';
import { InitiativeShow } from './InitiativeShow';

export default {
  list: InitiativeList,
  show: InitiativeShow,
  edit: InitiativeEdit,
  create: InitiativeCreate,
  icon: InitiativeIcon,
  recordRepresentation: (record: InitiativeRecord) => codeAndTitle(record),
};
