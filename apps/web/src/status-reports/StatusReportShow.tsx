import EditIcon from '@mui/icons-material/Edit';
import { Alert, Button, Grid, Stack } from '@mui/material';
import {
  Link,
  RecordField,
  ReferenceField,
  Show,
  TopToolbar,
  useGetOne,
  useRecordContext,
  useTranslate,
  WithRecord,
} from 'react-admin';
import type {
  InitiativeRecord,
  ReportingRoundRecord,
  StatusReportRecord,
} from '@pejling/contracts';
import { AttachmentList } from '../attachments/AttachmentList';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { DayField } from '../common/DayField';
import { HealthField } from '../common/HealthField';
import { InstantField } from '../common/InstantField';
import { ownerReportPath } from '../common/paths';
import { recordName } from '../common/recordNames';
import { useIntlLocale } from '../common/useIntlLocale';
import { Section } from '../common/Section';
import { CorrectionNote } from './CorrectionNote';
import { ReportStateField } from './ReportStateField';
import { ReportTexts } from './ReportTexts';
import { useSupersession } from './useSupersession';

const empty = '—';
const third = { xs: 12, sm: 6, md: 4 };

/**
 * A report that answers an open round is written, corrected or finished on the round's
 * report form, by whoever may report on the initiative.
 */
const ToReportForm = () => {
  const report = useRecordContext<StatusReportRecord>();
  const me = useMe();
  const translate = useTranslate();
  const { data: round } = useGetOne<ReportingRoundRecord>(
    'reporting-rounds',
    { id: report?.roundId ?? 0 },
    { enabled: report?.roundId != null },
  );
  if (!report || !round || round.state !== 'open' || !me) return null;
  if (!canAccessAs(me, 'status-reports', 'create', { initiativeId: report.initiativeId })) {
    return null;
  }
  return (
    <Button
      component={Link}
      to={ownerReportPath(round.id, report.initiativeId)}
      startIcon={<EditIcon />}
      size="small"
    >
      {translate(
        report.state === 'draft' ? 'pejling.statusReport.continue' : 'pejling.statusReport.correct',
      )}
    </Button>
  );
};

const Supersession = () => {
  const report = useRecordContext<StatusReportRecord>();
  const supersession = useSupersession(report ? [report] : undefined);
  if (!report) return null;
  const supersededBy = supersession.get(report.id);
  if (report.supersedesId == null && supersededBy == null) return null;
  return (
    <Alert severity={supersededBy != null ? 'warning' : 'info'}>
      <CorrectionNote report={report} supersededBy={supersededBy} />
    </Alert>
  );
};

/** The page's title names the report by its date and initiative, in words. */
const ReportTitle = () => {
  const report = useRecordContext<StatusReportRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const { data: initiative } = useGetOne<InitiativeRecord>(
    'initiatives',
    { id: report?.initiativeId ?? 0 },
    { enabled: report != null },
  );
  if (!report) return null;
  const context = { translate, locale };
  const name = recordName('status-reports', report, {
    ...context,
    nameOf: () => initiative && recordName('initiatives', initiative, context),
  });
  return (
    <>
      {translate('resources.status-reports.name', { smart_count: 1 })} {name}
    </>
  );
};

const ReportBody = () => {
  const report = useRecordContext<StatusReportRecord>();
  return report ? <ReportTexts report={report} /> : null;
};

export const StatusReportShow = () => (
  <Show
    title={<ReportTitle />}
    actions={
      <TopToolbar>
        <ToReportForm />
      </TopToolbar>
    }
  >
    <Stack spacing={2} sx={{ p: 2 }}>
      <Supersession />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12 }}>
          <RecordField source="initiativeId">
            <ReferenceField source="initiativeId" reference="initiatives" />
          </RecordField>
        </Grid>
        <Grid size={third}>
          <RecordField source="health" field={HealthField} />
        </Grid>
        <Grid size={third}>
          <RecordField source="state" field={ReportStateField} />
        </Grid>
        <Grid size={third}>
          <RecordField source="roundId" empty={empty}>
            <ReferenceField source="roundId" reference="reporting-rounds" />
          </RecordField>
        </Grid>
        <Grid size={third}>
          <RecordField source="authorPersonId" empty={empty}>
            <ReferenceField source="authorPersonId" reference="people" />
          </RecordField>
        </Grid>
        <Grid size={third}>
          <RecordField source="reportDate" field={DayField} />
        </Grid>
        <Grid size={third}>
          <RecordField source="submittedAt" field={InstantField} empty={empty} />
        </Grid>
      </Grid>
      <Section title="pejling.statusReport.contents">
        <ReportBody />
      </Section>
      <Section title="pejling.attachments.title">
        <WithRecord
          render={(record) => <AttachmentList parentType="status-report" parentId={record.id} />}
        />
      </Section>
    </Stack>
  </Show>
);
