import {
  DataTable,
  EmailField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import type { InitiativeRecord, PersonRecord } from '@pejling/contracts';
import { organisationKindChoices, regionChoices } from '../common/choices';
import { RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';

/** The organisation with the initiatives it leads and its people, as cards on a phone. */
export const OrganisationShow = () => {
  const small = useSmallScreen();
  return (
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
          {small ? (
            <SimpleList<InitiativeRecord>
              rowClick="show"
              primaryText={(initiative) => `${initiative.code} ${initiative.title}`}
            />
          ) : (
            <DataTable<InitiativeRecord> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="code" />
              <DataTable.Col source="title" field={RecordLinkField} />
            </DataTable>
          )}
        </ReferenceManyField>
        <ReferenceManyField
          label="resources.organisations.fields.people"
          reference="people"
          target="organisationId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={100}
        >
          {small ? (
            // The e-mail as text: a card is one link already.
            <RecordCards<PersonRecord> title={(person) => person.name}>
              <TextField source="title" />
              <TextField source="email" sx={{ overflowWrap: 'anywhere' }} />
            </RecordCards>
          ) : (
            <DataTable<PersonRecord> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="name" field={RecordLinkField} />
              <DataTable.Col source="title" />
              <DataTable.Col source="email" field={EmailField} />
            </DataTable>
          )}
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
