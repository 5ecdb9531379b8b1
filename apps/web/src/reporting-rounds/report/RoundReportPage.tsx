import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { Link, Title, useCreatePath, useGetOne, useParams, useRequireAccess } from 'react-admin';
import type { ReportingRoundRecord, RoundReport } from '@pejling/contracts';
import { api } from '../../api/endpoints';
import { formatDay, formatInstant } from '../../common/format';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { RoundStateChip } from '../RoundStateChip';
import { useRoundReport } from '../useRoundQueries';
import { FocusAreaPart } from './FocusAreaPart';
import { roundReportMessages } from './messages';
import { OutcomesPart } from './OutcomesPart';
import { PrintStyles } from './printStyles';
import { ReportSummary } from './ReportSummary';

/** Back to the round, print, or download the PDF: on screen only. */
const ReportToolbar = ({ id }: { id: string }) => {
  const translate = usePageTranslate(roundReportMessages);
  const createPath = useCreatePath();
  return (
    <Stack
      direction="row"
      spacing={1}
      className="no-print"
      sx={{ my: 2, flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
    >
      <Button
        component={Link}
        to={createPath({ resource: 'reporting-rounds', id, type: 'show' })}
        startIcon={<ArrowBackIcon />}
      >
        {translate('pejling.roundReport.back')}
      </Button>
      <Box sx={{ flexGrow: 1 }} />
      <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
        {translate('pejling.roundReport.print')}
      </Button>
      {(['da', 'en'] as const).map((language) => (
        <Button
          key={language}
          variant="outlined"
          href={api.rounds.pdfUrl(id, language)}
          download
          startIcon={<PictureAsPdfIcon />}
        >
          {translate(`pejling.round.pdf.${language}`)}
        </Button>
      ))}
    </Stack>
  );
};

/**
 * The report's head: the strategy, the round, the meeting, the day the figures are of.
 * The round's state and closing time come from the round itself (`live`): a frozen
 * report's copy of them is as they were just before the closing.
 */
const ReportHead = ({
  report,
  live,
}: {
  report: RoundReport;
  live: Pick<ReportingRoundRecord, 'state' | 'closedAt'> | undefined;
}) => {
  const translate = usePageTranslate(roundReportMessages);
  const locale = useIntlLocale();
  const round = { ...report.round, ...(live && { state: live.state, closedAt: live.closedAt }) };
  return (
    <Stack spacing={1} component="header" className="report-keep">
      <Typography variant="overline" color="text.secondary">
        {report.strategy.name} · {translate('pejling.roundReport.kicker')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1">
          {round.title}
        </Typography>
        <RoundStateChip state={round.state} />
      </Stack>
      <Typography variant="body1">
        {translate('pejling.roundReport.dates', {
          meeting: formatDay(round.meetingDate, locale, 'long'),
          due: formatDay(round.dueDate, locale, 'long'),
          asOf: formatDay(report.asOf, locale, 'long'),
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {report.frozen
          ? translate('pejling.roundReport.frozen', {
              closed: round.closedAt ? formatInstant(round.closedAt, locale) : '',
            })
          : translate('pejling.roundReport.live')}
      </Typography>
    </Stack>
  );
};

/**
 * A round's compiled report as a document (`/reporting-rounds/:id/report`): the summary,
 * each focus area on a page of its own with its initiatives, then the decisions and action
 * items. It prints as it reads; the PDF is the server's rendering of the same report.
 */
export const RoundReportPage = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = usePageTranslate(roundReportMessages);
  const { isPending: checkingAccess } = useRequireAccess({
    resource: 'reporting-rounds',
    action: 'show',
  });
  const { data: report, error, isPending } = useRoundReport(checkingAccess ? undefined : id);
  const { data: round } = useGetOne<ReportingRoundRecord>(
    'reporting-rounds',
    { id: Number(id) },
    { enabled: !checkingAccess },
  );
  if (checkingAccess) return null;
  return (
    <Box sx={{ maxWidth: 1000 }}>
      <PrintStyles />
      <Title title={report ? report.round.title : translate('pejling.roundReport.title')} />
      <ReportToolbar id={id} />
      {error ? (
        <Alert severity="error">
          {error instanceof Error ? translate(error.message, { _: error.message }) : ''}
        </Alert>
      ) : isPending || !report ? (
        <CircularProgress aria-label={translate('ra.page.loading')} />
      ) : (
        <Paper className="report-document" sx={{ p: { xs: 2, md: 4 } }}>
          <Stack spacing={4}>
            <ReportHead report={report} live={round} />
            <ReportSummary report={report} />
            {report.focusAreas.map((area) => (
              <FocusAreaPart key={area.id} area={area} />
            ))}
            <OutcomesPart report={report} />
          </Stack>
        </Paper>
      )}
    </Box>
  );
};
