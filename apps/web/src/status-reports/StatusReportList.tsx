import {
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import type { StatusReportRecord } from '@pejling/contracts';
import { healthChoices, reportStateChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { HealthField } from '../common/HealthField';
import { InstantField } from '../common/InstantField';
import { InitiativeInput, PersonInput } from '../common/references';
import { CorrectionField, ListSupersession } from './CorrectionField';
import { ReportStateField } from './ReportStateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <InitiativeInput key="initiativeId" source="initiativeId" alwaysOn />,
  <ReferenceInput key="roundId" source="roundId" reference="reporting-rounds" />,
  <SelectInput key="state" source="state" choices={reportStateChoices} />,
  <SelectInput key="health" source="health" choices={healthChoices} />,
  <PersonInput key="authorPersonId" source="authorPersonId" />,
];

/**
 * The owners' status reports, newest first: on what, how it stands, the round it answers,
 * and whether it corrects an earlier report or a later one has replaced it. Reports are
 * written on a round's report form.
 */
export const StatusReportList = () => (
  <List filters={filters} sort={{ field: 'reportDate', order: 'DESC' }} perPage={25}>
    <ListSupersession>
      <DataTable<StatusReportRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="reportDate" field={DayField} />
        <DataTable.Col source="initiativeId">
          <ReferenceField source="initiativeId" reference="initiatives">
            <TextField source="code" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="health" field={HealthField} />
        <DataTable.Col source="state" field={ReportStateField} />
        <DataTable.Col source="roundId" disableSort>
          <ReferenceField source="roundId" reference="reporting-rounds" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="authorPersonId">
          <ReferenceField source="authorPersonId" reference="people" />
        </DataTable.Col>
        <DataTable.Col source="submittedAt" field={InstantField} />
        <DataTable.Col source="supersedesId" field={CorrectionField} disableSort />
      </DataTable>
    </ListSupersession>
  </List>
);
