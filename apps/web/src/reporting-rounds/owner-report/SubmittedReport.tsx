import type { ReactNode } from 'react';
import { Stack, Typography } from '@mui/material';
import { useGetOne } from 'react-admin';
import type { PersonRecord, StatusReportRecord } from '@pejling/contracts';
import { AttachmentList } from '../../attachments/AttachmentList';
import { formatInstant } from '../../common/format';
import { HealthChip } from '../../common/HealthChip';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { CorrectionNote } from '../../status-reports/CorrectionNote';
import { ReportTexts } from '../../status-reports/ReportTexts';
import { ownerReportMessages } from './messages';

/** A submitted report, read-only: how it stands, what it says, who submitted it and when. */
export const SubmittedReport = ({
  report,
  actions,
}: {
  report: StatusReportRecord;
  actions?: ReactNode;
}) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const { data: author } = useGetOne<PersonRecord>(
    'people',
    { id: report.authorPersonId ?? 0 },
    { enabled: report.authorPersonId != null },
  );
  return (
    <Stack spacing={2} data-testid="submitted-report">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <HealthChip health={report.health} />
        <Typography variant="body2" color="text.secondary">
          {translate('pejling.ownerReport.submitted_by', {
            name: author?.name ?? '—',
            at: report.submittedAt ? formatInstant(report.submittedAt, locale) : '—',
          })}
        </Typography>
      </Stack>
      <CorrectionNote report={report} />
      <ReportTexts report={report} />
      <AttachmentList parentType="status-report" parentId={report.id} />
      {actions}
    </Stack>
  );
};
