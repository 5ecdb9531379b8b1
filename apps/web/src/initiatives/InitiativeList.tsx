import {
  DataTable,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import type { InitiativeRecord } from '@pejling/contracts';
import { healthFilterChoices, initiativeStatusChoices } from '../common/choices';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { DayField } from '../common/DayField';
import { HealthField } from '../common/HealthField';
import { ProgressField } from '../common/ProgressField';
import { FocusAreaInput, OrganisationInput } from '../common/references';
import { ExportListActions } from '../common/ExportListActions';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { InitiativeCards } from './InitiativeCards';
import { LeadOrganisationsField } from './LeadOrganisationsField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <FocusAreaInput key="focusAreaId" source="focusAreaId" alwaysOn />,
  <SelectInput key="status" source="status" choices={initiativeStatusChoices} />,
  <SelectInput key="health" source="health" choices={healthFilterChoices} />,
  <OrganisationInput key="leadOrganisationId" source="leadOrganisationId" />,
];

/** The initiatives, as a table, or as cards on a phone or an upright tablet. */
export const InitiativeList = () => (
  <List
    filters={filters}
    actions={<ExportListActions />}
    // The server exports (every matching row, CSV or Excel): no export in the browser.
    exporter={false}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
  >
    {useSmallScreen() ? (
      <InitiativeCards />
    ) : (
      <DataTable<InitiativeRecord>
        rowClick="show"
        bulkActionButtons={false}
        sx={TABLE_SCROLLS_ALONE}
      >
        <DataTable.Col source="code" />
        <DataTable.Col source="title" field={RecordLinkField} />
        <DataTable.Col source="focusAreaId" disableSort>
          <ReferenceField source="focusAreaId" reference="focus-areas" />
        </DataTable.Col>
        <DataTable.Col source="leadOrganisationIds" disableSort field={LeadOrganisationsField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={initiativeStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="health" field={HealthField} />
        <DataTable.Col source="progress" field={ProgressField} />
        <DataTable.Col source="startDate" field={DayField} />
        <DataTable.Col source="endDate" field={DayField} />
      </DataTable>
    )}
  </List>
);
