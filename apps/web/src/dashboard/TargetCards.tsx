import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EastIcon from '@mui/icons-material/East';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { AppLink } from '../shell/AppLink';
import { useShell } from '../shell/shell';
import type {
  DashboardTarget,
  DashboardTargetSeries,
  StrategyDashboard,
  TargetTrack,
} from '@pejling/contracts';
import { formatPercent } from '../common/format';
import { StatusChip, type StatusLook } from '../common/StatusChip';
import { useIntlLocale } from '../common/useIntlLocale';
import { formatNumber } from './format';
import { linkedHealthWords } from '../targets/assessmentWords';
import { listLink } from './links';
import { Panel } from './Panel';
import { TargetChart } from './TargetChart';

const looks: Record<TargetTrack, StatusLook> = {
  on_track: { icon: <CheckCircleIcon />, colour: 'success.main' },
  behind: { icon: <TrendingDownIcon />, colour: 'error.main' },
  not_measured: { icon: <HelpOutlineIcon />, colour: 'text.secondary' },
  no_target: { icon: <RemoveCircleOutlineIcon />, colour: 'text.secondary' },
};

export const TrackChip = ({ track }: { track: TargetTrack }) => {
  const { translate } = useShell();
  return <StatusChip look={looks[track]} label={translate(`pejling.dashboard.track.${track}`)} />;
};

/** Baseline → latest → target, each with its year. */
const Steps = ({ series }: { series: DashboardTargetSeries }) => {
  const { translate } = useShell();
  const locale = useIntlLocale();
  const step = (label: string, value: number | null, year: number | null) => (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`pejling.dashboard.${label}`)}
      </Typography>
      <Typography variant="body1" component="div" sx={{ fontWeight: 600 }}>
        {value === null ? '–' : formatNumber(value, locale)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {year ?? translate('pejling.dashboard.not_set')}
      </Typography>
    </Box>
  );
  // An icon, not the character "→": Roboto has that in two subsets of its own ("math" and
  // "symbols"), which a phone would download (33 kB) for these arrows alone.
  const arrow = (
    <EastIcon aria-hidden fontSize="small" sx={{ alignSelf: 'center', color: 'text.secondary' }} />
  );
  return (
    <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
      {step('baseline', series.baselineValue, series.baselineYear)}
      {arrow}
      {step('latest', series.latestValue, series.latestYear)}
      {arrow}
      {step('goal', series.targetValue, series.targetYear)}
    </Box>
  );
};

const SeriesView = ({
  series,
  showLabel,
}: {
  series: DashboardTargetSeries;
  showLabel: boolean;
}) => {
  const { translate } = useShell();
  const locale = useIntlLocale();
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        {showLabel && (
          <Typography variant="subtitle2" component="h4">
            {series.label}
          </Typography>
        )}
        <TrackChip track={series.track} />
      </Box>
      <Steps series={series} />
      {series.progress !== null && series.track !== 'not_measured' && (
        <Typography variant="body2">
          {translate('pejling.dashboard.progress_to_goal', {
            progress: formatPercent(series.progress, locale),
          })}
        </Typography>
      )}
      {series.expectedValue !== null &&
        series.latestYear !== null &&
        series.track !== 'not_measured' && (
          <Typography variant="caption" color="text.secondary">
            {translate('pejling.dashboard.expected', {
              value: formatNumber(series.expectedValue, locale),
              year: series.latestYear,
            })}
          </Typography>
        )}
      {series.projected !== null && series.targetYear !== null && (
        <Typography variant="caption" color="text.secondary">
          {translate('pejling.dashboard.projected', {
            value: formatNumber(series.projected, locale),
            year: series.targetYear,
          })}
        </Typography>
      )}
      {series.line.length > 0 && <TargetChart series={series} />}
    </Box>
  );
};

/** The initiatives that should move the target, by health in words, leading to them. */
const LinkedInitiatives = ({ target }: { target: DashboardTarget }) => {
  const { translate } = useShell();
  if (target.linkedCount === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('pejling.dashboard.linked_none')}
      </Typography>
    );
  }
  return (
    <Typography variant="body2">
      <AppLink to={listLink('initiatives', { targetId: target.targetId })}>
        {translate('pejling.dashboard.linked', { smart_count: target.linkedCount })}
      </AppLink>
      {`: ${linkedHealthWords(target.linkedHealth, translate)}`}
    </Typography>
  );
};

/** Figures the data owner has proposed, waiting for the secretariat: counted nowhere yet. */
const WaitingFigures = ({ target }: { target: DashboardTarget }) => {
  const { translate } = useShell();
  if (target.waitingCount === 0) return null;
  return (
    <Typography variant="body2">
      <AppLink to={`/targets/${target.targetId}/show`}>
        {translate('pejling.dashboard.waiting', { smart_count: target.waitingCount })}
      </AppLink>
    </Typography>
  );
};

const TargetCard = ({ target }: { target: DashboardTarget }) => {
  const { translate } = useShell();
  const numeric = target.series.some((s) => s.track !== 'no_target');
  return (
    <Card variant="outlined" component="article" sx={{ height: '100%' }}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Box>
          <Typography variant="overline" color="text.secondary" component="div">
            {translate('pejling.dashboard.target_number', { number: target.number })}
          </Typography>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
            <AppLink to={`/targets/${target.targetId}/show`} color="inherit">
              {target.title}
            </AppLink>
          </Typography>
          {target.unit && (
            <Typography variant="caption" color="text.secondary">
              {target.unit}
            </Typography>
          )}
        </Box>
        <LinkedInitiatives target={target} />
        <WaitingFigures target={target} />
        {numeric ? (
          target.series.map((series) => (
            <SeriesView key={series.key} series={series} showLabel={target.series.length > 1} />
          ))
        ) : (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <TrackChip track="no_target" />
            {target.byRegion && (
              <Typography variant="body2">{translate('pejling.dashboard.by_region')}</Typography>
            )}
            {target.byRegion && (
              <Typography variant="body2" color="text.secondary">
                {target.regionalYear === null
                  ? translate('pejling.dashboard.regional_none')
                  : translate('pejling.dashboard.regional_latest', {
                      year: target.regionalYear,
                      count: target.regionalCount,
                    })}
              </Typography>
            )}
            <AppLink to={`/targets/${target.targetId}/show`}>
              {translate('pejling.dashboard.show_target')}
            </AppLink>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

/** The strategy's targets, a card each. */
export const TargetCards = ({ dashboard }: { dashboard: StrategyDashboard }) => {
  const { translate } = useShell();
  if (dashboard.targets.length === 0) return null;
  return (
    <Panel title={translate('pejling.dashboard.targets')}>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
        }}
      >
        {dashboard.targets.map((target) => (
          <TargetCard key={target.targetId} target={target} />
        ))}
      </Box>
    </Panel>
  );
};
