import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import type { OrganisationRecord } from '@pejling/contracts';
import { organisationKindChoices, regionChoices } from '../common/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={organisationKindChoices} />,
  <SelectInput key="region" source="region" choices={regionChoices} />,
];

export const OrganisationList = () => (
  <List sort={{ field: 'shortName', order: 'ASC' }} perPage={25} filters={filters}>
    <DataTable<OrganisationRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="shortName" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={organisationKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="region">
        <SelectField source="region" choices={regionChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
