import { Box, Stack, Typography } from '@mui/material';
import type {
  RoundReportFocusArea,
  RoundReportInitiative,
  RoundReportMilestone,
} from '@pejling/contracts';
import { HEALTHS } from '@pejling/contracts';
import { DueDate } from '../../common/DueDateField';
import { formatInstant } from '../../common/format';
import { HealthChip } from '../../common/HealthChip';
import { ProgressBar } from '../../common/ProgressBar';
import { useIntlLocale } from '../../common/useIntlLocale';
import { useTiming } from '../../common/useTiming';
import { ReportTexts } from '../../status-reports/ReportTexts';
import { usePageTranslate } from '../../i18n/pageMessages';
import { roundReportMessages } from './messages';
import { ReportTable } from './ReportTable';
import { useChangeText } from './ReportSummary';

/** Overdue or upcoming milestones, with how late or how soon. */
const Milestones = ({
  title,
  milestones,
}: {
  title: string;
  milestones: RoundReportMilestone[];
}) => {
  const translate = usePageTranslate(roundReportMessages);
  const timing = useTiming();
  if (!milestones.length) return null;
  return (
    <Box>
      <Typography variant="subtitle2" component="h4">
        {translate(title)}
      </Typography>
      <ReportTable
        label={translate(title)}
        head={[
          translate('resources.milestones.fields.title'),
          translate('resources.milestones.fields.dueDate'),
          translate('resources.milestones.fields.responsiblePersonId'),
          translate('resources.milestones.fields.status'),
          translate('pejling.roundReport.days_late'),
        ]}
        rows={milestones.map((milestone) => ({
          key: milestone.id,
          cells: [
            milestone.title,
            <DueDate
              key="due"
              dueDate={milestone.dueDate}
              originalDueDate={milestone.originalDueDate}
            />,
            milestone.responsibleName ?? '—',
            translate(`pejling.milestoneStatus.${milestone.status}`),
            timing(milestone.daysLate),
          ],
        }))}
      />
    </Box>
  );
};

/** That an initiative did not answer the round, seen in print as on screen. */
const NoReport = () => {
  const translate = usePageTranslate(roundReportMessages);
  return (
    <Typography variant="body2" color="error.main" sx={{ fontStyle: 'italic' }}>
      {translate('pejling.roundReport.no_report')}
    </Typography>
  );
};

/**
 * One initiative: health, progress and change; its report, or that there is none and the
 * latest report before the round, marked as not answering it; its milestones.
 */
const InitiativePart = ({ initiative }: { initiative: RoundReportInitiative }) => {
  const translate = usePageTranslate(roundReportMessages);
  const locale = useIntlLocale();
  const changeText = useChangeText()(initiative);
  const { report } = initiative;
  const submitted = {
    name: report?.authorName ?? '—',
    at: report?.submittedAt ? formatInstant(report.submittedAt, locale) : '—',
  };
  return (
    <Stack spacing={1.5} component="article" className="report-initiative">
      <Box className="report-keep">
        <Typography variant="h6" component="h3">
          {initiative.code} {initiative.title}
        </Typography>
        <Stack
          direction="row"
          spacing={2}
          sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mt: 0.5 }}
        >
          <HealthChip health={initiative.health} />
          <Typography variant="body2">
            {translate(`pejling.initiativeStatus.${initiative.status}`)}
          </Typography>
          <Box sx={{ width: 220 }}>
            <ProgressBar value={initiative.progress} />
          </Box>
          {!!initiative.milestonesMoved && (
            <Typography variant="body2">
              {translate('pejling.roundReport.moved')}: {initiative.milestonesMoved}
            </Typography>
          )}
          {changeText && (
            <Typography variant="body2" color="text.secondary">
              {translate('pejling.roundReport.since_previous', { change: changeText })}
            </Typography>
          )}
        </Stack>
      </Box>
      {(!report || report.outsideRound) && <NoReport />}
      {report && (
        <Box sx={{ pl: 2, borderLeft: 3, borderColor: 'divider' }}>
          {report.outsideRound && (
            <Typography variant="subtitle2" component="p" sx={{ mb: 1 }}>
              {translate('pejling.roundReport.outside_round', submitted)}
            </Typography>
          )}
          <ReportTexts report={report} dense />
          {!report.outsideRound && (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {translate('pejling.roundReport.reported_by', submitted)}
            </Typography>
          )}
        </Box>
      )}
      <Milestones title="pejling.roundReport.overdue" milestones={initiative.overdue} />
      <Milestones title="pejling.roundReport.upcoming" milestones={initiative.upcoming} />
    </Stack>
  );
};

/** A focus area on a page of its own: its health in figures, then each initiative. */
export const FocusAreaPart = ({ area }: { area: RoundReportFocusArea }) => {
  const translate = usePageTranslate(roundReportMessages);
  return (
    <Stack spacing={3} component="section" className="report-page-break">
      <Box>
        <Typography variant="h5" component="h2">
          {area.code} {area.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {[...HEALTHS, 'none' as const]
            .map((health) => `${translate(`pejling.health.${health}`)}: ${area.byHealth[health]}`)
            .join(' · ')}
        </Typography>
      </Box>
      {area.initiatives.length ? (
        area.initiatives.map((initiative) => (
          <InitiativePart key={initiative.id} initiative={initiative} />
        ))
      ) : (
        <Typography variant="body2">{translate('pejling.roundReport.no_initiatives')}</Typography>
      )}
    </Stack>
  );
};
