import { Stack, Typography } from '@mui/material';
import type { StatusReportRecord } from '@pejling/contracts';
import { useShell } from '../shell/shell';

type Texts = Pick<StatusReportRecord, 'summary' | 'risks' | 'nextSteps'>;

const PARTS: (keyof Texts)[] = ['summary', 'risks', 'nextSteps'];

/**
 * What a report says, under the headings the form asks them by: what has happened, risks,
 * next steps. A part left empty says so rather than disappear.
 */
export const ReportTexts = ({ report, dense = false }: { report: Texts; dense?: boolean }) => {
  const { translate } = useShell();
  return (
    <Stack spacing={dense ? 1 : 1.5}>
      {PARTS.map((part) => (
        <div key={part}>
          <Typography variant="subtitle2" component="h3">
            {translate(`resources.status-reports.fields.${part}`)}
          </Typography>
          <Typography
            variant="body2"
            sx={{ whiteSpace: 'pre-line' }}
            color={report[part].trim() ? 'text.primary' : 'text.secondary'}
          >
            {report[part].trim() || translate('pejling.statusReport.nothing_said')}
          </Typography>
        </div>
      ))}
    </Stack>
  );
};
