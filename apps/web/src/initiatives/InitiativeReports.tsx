import { Typography } from '@mui/material';
import { Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import { StatusReportTable } from '../status-reports/StatusReportTable';

/**
 * The initiative's status reports, the latest first: those the server lets the person see
 * (whose drafts, it decides).
 */
export const InitiativeReports = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="status-reports"
      target="initiativeId"
      sort={{ field: 'reportDate', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty={<Typography variant="body2">{translate('pejling.statusReport.none_yet')}</Typography>}
    >
      <StatusReportTable initiative={false} />
    </ReferenceManyField>
  );
};
