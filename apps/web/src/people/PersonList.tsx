import {
  BooleanField,
  DataTable,
  EmailField,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  TextField,
} from 'react-admin';
import type { PersonRecord } from '@pejling/contracts';
import { roleChoices } from '../common/choices';
import { ListActions } from '../common/ListActions';
import { OrganisationInput } from '../common/references';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrganisationInput key="organisationId" source="organisationId" />,
];

export const PersonList = () => (
  <List
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    filters={filters}
    actions={<ListActions />}
  >
    <DataTable<PersonRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="title" />
      <DataTable.Col source="organisationId" disableSort>
        <ReferenceField source="organisationId" reference="organisations">
          <TextField source="shortName" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);
