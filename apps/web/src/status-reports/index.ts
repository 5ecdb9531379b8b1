import StatusReportIcon from '@mui/icons-material/Summarize';
import type { StatusReportRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./StatusReportList'), 'StatusReportList'),
  show: lazyPage(() => import('./StatusReportShow'), 'StatusReportShow'),
  icon: StatusReportIcon,
  recordRepresentation: (record: StatusReportRecord) => `#${record.id} (${record.reportDate})`,
};
