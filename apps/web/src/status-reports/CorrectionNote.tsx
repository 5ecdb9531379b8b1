import type { MouseEvent } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import { Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate, type Identifier } from 'react-admin';
import type { StatusReportRecord } from '@pejling/contracts';

const ReportLink = ({ id, label }: { id: Identifier; label: string }) => {
  const createPath = useCreatePath();
  return (
    <Link
      to={createPath({ resource: 'status-reports', id, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {label}
    </Link>
  );
};

/**
 * How a report stands among corrections: that it corrects an earlier report, and that a
 * later one has replaced it (`supersededBy`). Nothing when neither.
 */
export const CorrectionNote = ({
  report,
  supersededBy,
}: {
  report: Pick<StatusReportRecord, 'supersedesId'>;
  supersededBy?: Identifier;
}) => {
  const translate = useTranslate();
  if (report.supersedesId == null && supersededBy == null) return null;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      {supersededBy != null && (
        <Typography variant="body2" color="warning.dark" component="span">
          <HistoryIcon fontSize="inherit" sx={{ verticalAlign: 'middle', mr: 0.5 }} />
          {translate('pejling.statusReport.superseded')}{' '}
          <ReportLink
            id={supersededBy}
            label={translate('pejling.statusReport.report_no', { id: supersededBy })}
          />
        </Typography>
      )}
      {report.supersedesId != null && (
        <Typography variant="body2" component="span">
          {translate('pejling.statusReport.corrects')}{' '}
          <ReportLink
            id={report.supersedesId}
            label={translate('pejling.statusReport.report_no', { id: report.supersedesId })}
          />
        </Typography>
      )}
    </Stack>
  );
};
