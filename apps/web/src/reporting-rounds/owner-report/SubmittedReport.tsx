import type { ReactNode } from 'react';
import { Stack, Typography } from '@mui/material';
import type { PersonRecord, StatusReportRecord } from '@pejling/contracts';
import { api } from '../../api/endpoints';
import { AttachmentList } from '../../attachments/AttachmentList';
import { formatInstant } from '../../common/format';
import { HealthChip } from '../../common/HealthChip';
import { recordName } from '../../common/recordNames';
import { useApiQuery } from '../../common/useApiQuery';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { AppLink } from '../../shell/AppLink';
import { CorrectionLines } from '../../status-reports/CorrectionLines';
import { ReportTexts } from '../../status-reports/ReportTexts';
import { ownerReportMessages } from './messages';

/**
 * A submitted report, read-only: how it stands, what it says, who submitted it and when,
 * and the report it corrects (one of `submitted`, the round's others for the initiative).
 */
export const SubmittedReport = ({
  report,
  submitted,
  actions,
}: {
  report: StatusReportRecord;
  submitted: StatusReportRecord[];
  actions?: ReactNode;
}) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const authorId = report.authorPersonId;
  const { data: author } = useApiQuery(
    ['people', 'one', authorId],
    (signal) => api.record<PersonRecord>('people', authorId ?? 0, signal),
    { enabled: authorId != null },
  );
  const corrected = submitted.find((other) => other.id === report.supersedesId);
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
      <CorrectionLines
        corrects={
          report.supersedesId != null && (
            <AppLink to={`/status-reports/${report.supersedesId}/show`}>
              {corrected
                ? translate('pejling.statusReport.report_of', {
                    name: recordName('status-reports', corrected, { translate, locale }),
                  })
                : translate('pejling.statusReport.a_report')}
            </AppLink>
          )
        }
      />
      <ReportTexts report={report} />
      <AttachmentList parentType="status-report" parentId={report.id} />
      {actions}
    </Stack>
  );
};
