import { DataTable, EmailField, List, ReferenceField, SearchInput, TextField } from 'react-admin';
import type { PersonRecord } from '@pejling/contracts';
import { OrganisationInput } from '../common/references';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrganisationInput key="organisationId" source="organisationId" />,
];

export const PersonList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25} filters={filters}>
    <DataTable<PersonRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="title" />
      <DataTable.Col source="organisationId" disableSort>
        <ReferenceField source="organisationId" reference="organisations">
          <TextField source="shortName" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="email" field={EmailField} />
    </DataTable>
  </List>
);
