import { Box } from '@mui/material';
import { DataTable, SelectField, TextField } from 'react-admin';
import type { AuditEventRecord } from '@pejling/contracts';
import { auditActionChoices } from '../common/choices';
import { InstantField } from '../common/InstantField';
import { useSmallScreen } from '../common/useSmallScreen';
import { RecordCards } from '../common/RecordCards';
import { ChangesField } from './ChangesField';
import { SubjectField } from './SubjectField';
import { useEventPath } from './useEventPath';

/**
 * An event on a phone or an upright tablet: what was changed (a link to it, where it has a
 * page), when, by whom and how, and what changed.
 */
const AuditEventCards = () => (
  <RecordCards<AuditEventRecord> linked={false} title={<SubjectField source="resource" />}>
    <InstantField source="at" />
    <TextField source="personName" />
    <SelectField source="action" choices={auditActionChoices} />
    <Box sx={{ flexBasis: '100%' }}>
      <ChangesField source="changes" />
    </Box>
  </RecordCards>
);

/**
 * Audit events as a table: when, who, what was done to which record, and what changed.
 * A row leads to the record, unless it is deleted or has no page. On a phone or an upright
 * tablet, cards instead.
 */
export const AuditEventTable = () => {
  const small = useSmallScreen();
  const eventPath = useEventPath();
  if (small) return <AuditEventCards />;
  return (
    <DataTable<AuditEventRecord>
      rowClick={(_id, _resource, event) => eventPath(event)}
      bulkActionButtons={false}
    >
      <DataTable.Col source="at" field={InstantField} />
      <DataTable.Col source="personName" disableSort />
      <DataTable.Col source="action" disableSort>
        <SelectField source="action" choices={auditActionChoices} />
      </DataTable.Col>
      <DataTable.Col source="resource" field={SubjectField} disableSort />
      <DataTable.Col source="changes" field={ChangesField} disableSort />
    </DataTable>
  );
};
