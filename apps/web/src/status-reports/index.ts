import StatusReportIcon from '@mui/icons-material/Summarize';
import type { StatusReportRecord } from '@pejling/contracts';
import { StatusReportList } from './StatusReportList';
import { StatusReportShow } from './StatusReportShow';

export default {
  list: StatusReportList,
  show: StatusReportShow,
  icon: StatusReportIcon,
  recordRepresentation: (record: StatusReportRecord) => `#${record.id} (${record.reportDate})`,
};
