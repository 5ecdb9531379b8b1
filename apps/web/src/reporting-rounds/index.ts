import ReportingRoundIcon from '@mui/icons-material/FactCheck';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export { roundOutcomes } from './roundOutcomes';

export default {
  list: lazyPage(() => import('./ReportingRoundList'), 'ReportingRoundList'),
  show: lazyPage(() => import('./ReportingRoundShow'), 'ReportingRoundShow'),
  edit: lazyPage(() => import('./ReportingRoundEdit'), 'ReportingRoundEdit'),
  create: lazyPage(() => import('./ReportingRoundCreate'), 'ReportingRoundCreate'),
  icon: ReportingRoundIcon,
  recordRepresentation: representation('reporting-rounds'),
};
