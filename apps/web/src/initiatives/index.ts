import InitiativeIcon from '@mui/icons-material/Flag';
import type { InitiativeRecord } from '@pejling/contracts';
import { codeAndTitle } from '../common/references';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./InitiativeList'), 'InitiativeList'),
  show: lazyPage(() => import('./InitiativeShow'), 'InitiativeShow'),
  edit: lazyPage(() => import('./InitiativeEdit'), 'InitiativeEdit'),
  create: lazyPage(() => import('./InitiativeCreate'), 'InitiativeCreate'),
  icon: InitiativeIcon,
  recordRepresentation: (record: InitiativeRecord) => codeAndTitle(record),
};
