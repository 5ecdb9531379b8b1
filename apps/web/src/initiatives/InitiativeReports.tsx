import { StatusReportTable } from '../status-reports/StatusReportTable';
import { InitiativeRecords } from './InitiativeRecords';

/**
 * The initiative's status reports, the latest first: those the server lets the person see
 * (whose drafts, it decides).
 */
export const InitiativeReports = () => (
  <InitiativeRecords
    reference="status-reports"
    sortField="reportDate"
    empty="pejling.statusReport.none_yet"
  >
    <StatusReportTable initiative={false} />
  </InitiativeRecords>
);
