import { Typography } from '@mui/material';
import { Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import { AuditEventTable } from '../audit-events/AuditEventTable';

/** Every change to the initiative and to its milestones, newest first. */
export const InitiativeHistory = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="audit-events"
      target="initiativeId"
      sort={{ field: 'at', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty={<Typography variant="body2">{translate('pejling.history.empty')}</Typography>}
    >
      <AuditEventTable />
    </ReferenceManyField>
  );
};
