import { Chip } from '@mui/material';
import {
  DataTable,
  DateInput,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import { milestoneStatusChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { OverdueField } from '../common/OverdueField';
import { FocusAreaInput, InitiativeInput, PersonInput } from '../common/references';
import { ExportListActions } from '../common/ExportListActions';

/**
 * A filter that is either on (`overdue: true`) or absent: the API knows `overdue: true`
 * only, so there is no "not overdue" state to send.
 */
const QuickFilter = ({ label }: { label: string; source: string; defaultValue: unknown }) => {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1 }} label={translate(label)} />;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <FocusAreaInput key="focusAreaId" source="focusAreaId" />,
  <InitiativeInput key="initiativeId" source="initiativeId" />,
  <SelectInput key="status" source="status" choices={milestoneStatusChoices} />,
  <PersonInput key="responsiblePersonId" source="responsiblePersonId" />,
  <DateInput key="dueFrom" source="dueFrom" />,
  <DateInput key="dueTo" source="dueTo" />,
  <QuickFilter
    key="overdue"
    source="overdue"
    label="resources.milestones.fields.overdue"
    defaultValue={true}
  />,
];

export const MilestoneList = () => (
  <List
    filters={filters}
    actions={<ExportListActions />}
    // The server exports (every matching row, CSV or Excel): no export in the browser.
    exporter={false}
    sort={{ field: 'dueDate', order: 'ASC' }}
    perPage={25}
  >
    <DataTable<MilestoneRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="initiativeId" disableSort>
        <ReferenceField source="initiativeId" reference="initiatives">
          <TextField source="code" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="dueDate" field={DayField} />
      <DataTable.Col source="responsiblePersonId" disableSort>
        <ReferenceField source="responsiblePersonId" reference="people">
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={milestoneStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="completedOn" field={DayField} />
      <DataTable.Col source="overdue" field={OverdueField} disableSort />
    </DataTable>
  </List>
);
