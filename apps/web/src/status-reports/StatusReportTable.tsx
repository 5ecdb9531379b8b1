import { DataTable, ReferenceField, TextField } from 'react-admin';
import type { StatusReportRecord } from '@pejling/contracts';
import { DayField } from '../common/DayField';
import { HealthField } from '../common/HealthField';
import { InstantField } from '../common/InstantField';
import { CorrectionField, ListSupersession } from './CorrectionField';
import { ReportStateField } from './ReportStateField';

/**
 * Status reports as a table, each row leading to its report: when, on what (left out
 * for one initiative's own), how it stands, the round it answers, who wrote it, and whether
 * it corrects an earlier report or a later one has replaced it.
 */
export const StatusReportTable = ({ initiative = true }: { initiative?: boolean }) => (
  <ListSupersession>
    <DataTable<StatusReportRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reportDate" field={DayField} />
      {initiative && (
        <DataTable.Col source="initiativeId">
          <ReferenceField source="initiativeId" reference="initiatives">
            <TextField source="code" />
          </ReferenceField>
        </DataTable.Col>
      )}
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
);
