import {
  DataTable,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import type { InitiativeRecord } from '@pejling/contracts';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { initiativeStatusChoices } from '../common/choices';
import { HealthField } from '../common/HealthField';
import { ProgressField } from '../common/ProgressField';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { InitiativeCards } from '../initiatives/InitiativeCards';
import { LeadOrganisationsField } from '../initiatives/LeadOrganisationsField';

export const FocusAreaShow = () => {
  const small = useSmallScreen();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="title" />
        <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
        <ReferenceField source="strategyId" reference="strategies" />
        <ReferenceManyField
          label="resources.focus-areas.fields.initiatives"
          reference="initiatives"
          target="focusAreaId"
          sort={{ field: 'code', order: 'ASC' }}
          perPage={100}
        >
          {small ? (
            <InitiativeCards />
          ) : (
            <DataTable<InitiativeRecord>
              rowClick="show"
              bulkActionButtons={false}
              sx={TABLE_SCROLLS_ALONE}
            >
              <DataTable.Col source="code" />
              <DataTable.Col source="title" field={RecordLinkField} />
              <DataTable.Col
                source="leadOrganisationIds"
                disableSort
                field={LeadOrganisationsField}
              />
              <DataTable.Col source="status">
                <SelectField source="status" choices={initiativeStatusChoices} />
              </DataTable.Col>
              <DataTable.Col source="health" field={HealthField} />
              <DataTable.Col source="progress" field={ProgressField} />
            </DataTable>
          )}
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
