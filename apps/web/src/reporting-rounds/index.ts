import ReportingRoundIcon from '@mui/icons-material/FactCheck';
import type { ReportingRoundRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export { roundOutcomes } from './roundOutcomes';

export default {
  list: lazyPage(() => import('./ReportingRoundList'), 'ReportingRoundList'),
  show: lazyPage(() => import('./ReportingRoundShow'), 'ReportingRoundShow'),
  edit: lazyPage(() => import('./ReportingRoundEdit'), 'ReportingRoundEdit'),
  create: lazyPage(() => import('./ReportingRoundCreate'), 'ReportingRoundCreate'),
  icon: ReportingRoundIcon,
  recordRepresentation: (record: ReportingRoundRecord) => record.title,
};
