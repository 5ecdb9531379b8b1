import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import type { OrganisationRecord } from '@pejling/contracts';
import { organisationKindChoices, regionChoices } from '../common/choices';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={organisationKindChoices} />,
  <SelectInput key="region" source="region" choices={regionChoices} />,
];

/** The organisations by their short name; on a phone or an upright tablet, as cards. */
export const OrganisationList = () => {
  const small = useSmallScreen();
  return (
    <List sort={{ field: 'shortName', order: 'ASC' }} perPage={25} filters={filters}>
      {small ? (
        <RecordCards<OrganisationRecord>
          title={(organisation) => `${organisation.shortName}: ${organisation.name}`}
        >
          <CardField label="resources.organisations.fields.kind">
            <SelectField source="kind" choices={organisationKindChoices} />
          </CardField>
          <CardField label="resources.organisations.fields.region">
            <SelectField source="region" choices={regionChoices} emptyText="—" />
          </CardField>
        </RecordCards>
      ) : (
        <DataTable<OrganisationRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="shortName" field={RecordLinkField} />
          <DataTable.Col source="name" />
          <DataTable.Col source="kind">
            <SelectField source="kind" choices={organisationKindChoices} />
          </DataTable.Col>
          <DataTable.Col source="region">
            <SelectField source="region" choices={regionChoices} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
