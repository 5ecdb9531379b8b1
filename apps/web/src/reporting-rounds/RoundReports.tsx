import { Box, Typography } from '@mui/material';
import {
  DataTable,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ReportingRoundRecord, StatusReportRecord } from '@pejling/contracts';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { HealthField } from '../common/HealthField';
import { InstantField } from '../common/InstantField';
import { RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { CorrectionField, ListSupersession } from '../status-reports/CorrectionField';
import { ReportTexts } from '../status-reports/ReportTexts';

/** A report's text, unfolded under its row. */
const ReportPanel = () => {
  const report = useRecordContext<StatusReportRecord>();
  if (!report) return null;
  return (
    <Box sx={{ py: 1, maxWidth: 900 }}>
      <ReportTexts report={report} dense />
    </Box>
  );
};

/** The initiative a report is on, by its name: the words of the way to the report. */
const InitiativeName = () => (
  <ReferenceField source="initiativeId" reference="initiatives" link={false} />
);

/**
 * A report on a phone or an upright tablet: a card that leads to it, with the table's
 * columns; its text is on its page.
 */
const ReportCards = () => (
  <RecordCards<StatusReportRecord> title={() => <InitiativeName />}>
    <HealthField source="health" />
    <ReferenceField source="authorPersonId" reference="people" link={false}>
      <TextField source="name" />
    </ReferenceField>
    <InstantField source="submittedAt" />
    <CorrectionField source="supersedesId" link={false} />
  </RecordCards>
);

/**
 * The reports submitted for the round, by initiative; a row unfolds to the report's text.
 * A correction and the report it replaces are both shown, and say so. On a phone or an
 * upright tablet, cards instead.
 */
export const RoundReports = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = useTranslate();
  const small = useSmallScreen();
  if (!round) return null;
  const none = <Typography variant="body2">{translate('pejling.round.no_reports')}</Typography>;
  return (
    <ReferenceManyField<ReportingRoundRecord, StatusReportRecord>
      reference="status-reports"
      target="roundId"
      filter={{ state: 'submitted' }}
      sort={{ field: 'submittedAt', order: 'DESC' }}
      perPage={500}
      empty={none}
    >
      <ListSupersession>
        {small ? (
          <ReportCards />
        ) : (
          <DataTable<StatusReportRecord>
            rowClick="show"
            bulkActionButtons={false}
            sx={TABLE_SCROLLS_ALONE}
            expand={<ReportPanel />}
            // The permanent filter (submitted only) is not one to clear.
            empty={none}
          >
            <DataTable.Col source="initiativeId" disableSort>
              {/* The initiative's name leads to the report, as the row does. */}
              <RecordLinkField source="initiativeId">
                <InitiativeName />
              </RecordLinkField>
            </DataTable.Col>
            <DataTable.Col source="health" field={HealthField} disableSort />
            <DataTable.Col source="authorPersonId" disableSort>
              <ReferenceField source="authorPersonId" reference="people" link={false}>
                <TextField source="name" />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="submittedAt" field={InstantField} disableSort />
            <DataTable.Col source="supersedesId" field={CorrectionField} disableSort />
          </DataTable>
        )}
      </ListSupersession>
    </ReferenceManyField>
  );
};
