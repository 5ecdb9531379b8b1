import {
  DataTable,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import { milestoneStatusChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { OverdueField } from '../common/OverdueField';

export const PersonShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="title" emptyText="—" />
      <EmailField source="email" />
      <ReferenceField source="organisationId" reference="organisations" emptyText="—" />
      <ReferenceManyField
        label="resources.milestones.name"
        reference="milestones"
        target="responsiblePersonId"
        sort={{ field: 'dueDate', order: 'ASC' }}
        perPage={100}
      >
        <DataTable<MilestoneRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="title" />
          <DataTable.Col source="initiativeId" disableSort>
            <ReferenceField source="initiativeId" reference="initiatives">
              <TextField source="code" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.Col source="dueDate" field={DayField} />
          <DataTable.Col source="status">
            <SelectField source="status" choices={milestoneStatusChoices} />
          </DataTable.Col>
          <DataTable.Col source="overdue" field={OverdueField} disableSort />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
