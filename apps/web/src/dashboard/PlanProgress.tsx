import { Box, LinearProgress, Typography } from '@mui/material';
import { AppLink } from '../shell/AppLink';
import { useShell } from '../shell/shell';
import type { StrategyDashboard } from '@pejling/contracts';
import { fillIn } from '../common/fillIn';
import { formatPercent, numberFormat } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { paceOf } from './format';
import { COUNTED_MILESTONE_STATUSES, listLink } from './links';
import { Panel } from './Panel';

/** How far one share has come, as a labelled bar and a figure. */
const Bar = ({
  label,
  value,
  detail,
}: {
  label: string;
  value: number;
  detail: React.ReactNode;
}) => {
  const locale = useIntlLocale();
  const text = formatPercent(value, locale);
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
          {label}
        </Typography>
        <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
          {text}
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, Math.max(0, value))}
        aria-label={`${label}: ${text}`}
        sx={{ height: 10, borderRadius: 5, my: 0.5 }}
      />
      <Typography variant="caption" color="text.secondary">
        {detail}
      </Typography>
    </Box>
  );
};

/**
 * The plan period: the share of its days gone against the share of milestones done. Each
 * figure leads to the milestones it counts: those done, and all that count.
 */
export const PlanProgress = ({ dashboard }: { dashboard: StrategyDashboard }) => {
  const { translate } = useShell();
  const locale = useIntlLocale();
  const { progress, strategyId } = dashboard;
  const pace = paceOf(progress);
  const number = (n: number) => numberFormat(locale).format(n);
  /** A figure of the whole plan as a link to the milestones it counts. */
  const figure = (key: 'done' | 'total', count: number, status: string | string[]) => (
    <AppLink
      key={key}
      to={listLink('milestones', { strategyId, status })}
      aria-label={translate(`pejling.dashboard.link_${key}`, {
        area: translate('pejling.dashboard.whole_plan'),
        count,
      })}
      color="inherit"
    >
      {number(count)}
    </AppLink>
  );
  return (
    <Panel title={translate('pejling.dashboard.progress_title')}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <Bar
          label={translate('pejling.dashboard.time_elapsed')}
          value={progress.timeElapsed}
          detail={translate('pejling.dashboard.time_detail', {
            elapsed: number(progress.daysElapsed),
            total: number(progress.daysTotal),
          })}
        />
        <Bar
          label={translate('pejling.dashboard.done')}
          value={progress.done ?? 0}
          detail={fillIn(translate('pejling.dashboard.done_detail'), {
            done: figure('done', progress.milestonesDone, 'done'),
            total: figure('total', progress.milestonesTotal, COUNTED_MILESTONE_STATUSES),
          })}
        />
      </Box>
      {pace && (
        <Typography variant="body2" sx={{ mt: 1.5 }}>
          {translate(`pejling.dashboard.${pace}`)}
        </Typography>
      )}
    </Panel>
  );
};
