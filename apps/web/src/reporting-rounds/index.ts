import ReportingRoundIcon from '@mui/icons-material/FactCheck';
import type { ReportingRoundRecord } from '@pejling/contracts';
import { ReportingRoundCreate } from './ReportingRoundCreate';
import { ReportingRoundEdit } from './ReportingRoundEdit';
import { ReportingRoundList } from './ReportingRoundList';
import { ReportingRoundShow } from './ReportingRoundShow';

export { OwnerReportPage } from './owner-report/OwnerReportPage';
export { RoundReportPage } from './report/RoundReportPage';
export { roundOutcomes } from './roundOutcomes';

export default {
  list: ReportingRoundList,
  show: ReportingRoundShow,
  edit: ReportingRoundEdit,
  create: ReportingRoundCreate,
  icon: ReportingRoundIcon,
  recordRepresentation: (record: ReportingRoundRecord) => record.title,
};
