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
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { roleChoices } from '../common/choices';
import { ListActions } from '../common/ListActions';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { OrganisationInput } from '../common/references';
import { useSmallScreen } from '../common/useSmallScreen';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrganisationInput key="organisationId" source="organisationId" />,
];

const field = (source: string) => `resources.people.fields.${source}`;

/**
 * A person on a phone or an upright tablet: the table's columns, in a card; the e-mail as
 * text, as a card is one link already.
 */
const PersonCards = () => (
  <RecordCards<PersonRecord> title={(person) => person.name}>
    <TextField source="title" />
    <ReferenceField source="organisationId" reference="organisations" link={false}>
      <TextField source="shortName" />
    </ReferenceField>
    <TextField source="email" sx={{ overflowWrap: 'anywhere' }} />
    <CardField label={field('role')}>
      <SelectField source="role" choices={roleChoices} />
    </CardField>
    <CardField label={field('active')}>
      <BooleanField source="active" />
    </CardField>
  </RecordCards>
);

export const PersonList = () => {
  const small = useSmallScreen();
  return (
    <List
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      filters={filters}
      actions={<ListActions />}
    >
      {small ? (
        <PersonCards />
      ) : (
        <DataTable<PersonRecord> rowClick="show" bulkActionButtons={false} sx={TABLE_SCROLLS_ALONE}>
          <DataTable.Col source="name" field={RecordLinkField} />
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
      )}
    </List>
  );
};
