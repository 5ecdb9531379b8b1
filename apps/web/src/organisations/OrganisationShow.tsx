import {
  DataTable,
  EmailField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import type { InitiativeRecord, PersonRecord } from '@pejling/contracts';
import { organisationKindChoices, regionChoices } from '../common/choices';

export const OrganisationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="shortName" />
      <SelectField source="kind" choices={organisationKindChoices} />
      <SelectField source="region" choices={regionChoices} emptyText="—" />
      <ReferenceManyField
        label="resources.organisations.fields.initiatives"
        reference="initiatives"
        target="leadOrganisationId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={100}
      >
        <DataTable<InitiativeRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="title" />
        </DataTable>
      </ReferenceManyField>
      <ReferenceManyField
        label="resources.organisations.fields.people"
        reference="people"
        target="organisationId"
        sort={{ field: 'name', order: 'ASC' }}
        perPage={100}
      >
        <DataTable<PersonRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="title" />
          <DataTable.Col source="email" field={EmailField} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
