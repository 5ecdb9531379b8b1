import StatusReportIcon from '@mui/icons-material/Summarize';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./StatusReportList'), 'StatusReportList'),
  show: lazyPage(() => import('./StatusReportShow'), 'StatusReportShow'),
  icon: StatusReportIcon,
  recordRepresentation: representation('status-reports'),
};
