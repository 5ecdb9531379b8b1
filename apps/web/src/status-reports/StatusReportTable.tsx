import { DataTable, ReferenceField, TextField } from 'react-admin';
import type { StatusReportRecord } from '@pejling/contracts';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { DayField } from '../common/DayField';
import { HealthField } from '../common/HealthField';
import { InstantField } from '../common/InstantField';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { CorrectionField, ListSupersession } from './CorrectionField';
import { ReportStateField } from './ReportStateField';

/** The initiative a report is on, by its code. */
const InitiativeCode = ({ link }: { link: boolean }) => (
  <ReferenceField source="initiativeId" reference="initiatives" link={link && 'show'}>
    <TextField source="code" />
  </ReferenceField>
);

/** A report on a phone or an upright tablet, in a card. */
const StatusReportCards = ({ initiative }: { initiative: boolean }) => (
  <RecordCards<StatusReportRecord>
    title={() => (
      <>
        <DayField source="reportDate" />
        {initiative && (
          <>
            {' · '}
            <InitiativeCode link={false} />
          </>
        )}
      </>
    )}
  >
    <HealthField source="health" />
    <ReportStateField source="state" />
    <CardField label="resources.status-reports.fields.roundId">
      <ReferenceField source="roundId" reference="reporting-rounds" link={false} emptyText="—" />
    </CardField>
    <CardField label="resources.status-reports.fields.authorPersonId">
      <ReferenceField source="authorPersonId" reference="people" link={false} emptyText="—" />
    </CardField>
    <CorrectionField source="supersedesId" link={false} />
  </RecordCards>
);

/**
 * Status reports as a table (as cards on a phone or an upright tablet), each leading to its
 * report: when, on what (left out for one initiative's own), how it stands, the round it
 * answers, who wrote it, and whether it corrects an earlier report or a later one has
 * replaced it.
 */
export const StatusReportTable = ({ initiative = true }: { initiative?: boolean }) => (
  <ListSupersession>
    {useSmallScreen() ? (
      <StatusReportCards initiative={initiative} />
    ) : (
      <DataTable<StatusReportRecord>
        rowClick="show"
        bulkActionButtons={false}
        sx={TABLE_SCROLLS_ALONE}
      >
        <DataTable.Col source="reportDate">
          <RecordLinkField source="reportDate">
            <DayField source="reportDate" />
          </RecordLinkField>
        </DataTable.Col>
        {initiative && (
          <DataTable.Col source="initiativeId">
            <InitiativeCode link />
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
    )}
  </ListSupersession>
);
