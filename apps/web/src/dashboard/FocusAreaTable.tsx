import {
  Box,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { AppLink } from '../shell/AppLink';
import { useShell } from '../shell/shell';
import {
  HEALTHS,
  INITIATIVE_STATUSES,
  type DashboardFocusArea,
  type StrategyDashboard,
} from '@pejling/contracts';
import { HealthChip } from '../common/HealthChip';
import { formatPercent, numberFormat } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { useSmallScreen } from '../common/useSmallScreen';
import { COUNTED_MILESTONE_STATUSES, listLink, type Scope } from './links';
import { Panel } from './Panel';

type Figures = Omit<DashboardFocusArea, 'focusAreaId' | 'code' | 'title'>;

/** The traffic lights counted, "not assessed" last; each links to its initiatives. */
const HEALTH_FIGURES = [...HEALTHS, 'none'] as const;

/** A figure that leads to the records it counts; the label says what it is for screen readers. */
const Figure = ({
  to,
  label,
  children,
}: {
  to: string;
  label: string;
  children: React.ReactNode;
}) => (
  <AppLink to={to} aria-label={label} title={label} sx={{ fontWeight: 500 }}>
    {children}
  </AppLink>
);

/** The figures' columns, after the focus area's name; a count stands to the right. */
const COLUMNS = ['initiatives', 'health', 'status', 'milestones', 'overdue', 'moved'] as const;
const COUNTS: readonly string[] = ['initiatives', 'overdue', 'moved'];

interface AreaProps {
  name: React.ReactNode;
  scope: Scope;
  figures: Figures;
}

/** A focus area's figures, or the whole plan's: what each column shows, in their order. */
const useFigureCells = ({ name, scope, figures }: AreaProps): React.ReactNode[] => {
  const { translate } = useShell();
  const locale = useIntlLocale();
  const area = typeof name === 'string' ? name : translate('pejling.dashboard.whole_plan');
  const n = (value: number) => numberFormat(locale).format(value);
  const percent =
    figures.milestonesTotal > 0
      ? Math.round((100 * figures.milestonesDone) / figures.milestonesTotal)
      : null;
  return [
    <Figure
      key="initiatives"
      to={listLink('initiatives', scope)}
      label={translate('pejling.dashboard.link_initiatives', {
        area,
        count: figures.initiatives,
      })}
    >
      {n(figures.initiatives)}
    </Figure>,
    <Box key="health" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
      {HEALTH_FIGURES.filter((h) => figures.byHealth[h] > 0).map((health) => (
        <AppLink
          key={health}
          to={listLink('initiatives', { ...scope, health })}
          aria-label={translate('pejling.dashboard.link_health', {
            area,
            count: figures.byHealth[health],
            health: translate(`pejling.health.${health}`),
          })}
          underline="none"
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'text.primary' }}
        >
          <HealthChip health={health} />
          <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
            {n(figures.byHealth[health])}
          </Typography>
        </AppLink>
      ))}
    </Box>,
    <Box key="status" component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {INITIATIVE_STATUSES.filter((s) => figures.byStatus[s] > 0).map((status) => (
        <Typography component="li" variant="body2" key={status} sx={{ whiteSpace: 'nowrap' }}>
          <Figure
            to={listLink('initiatives', { ...scope, status })}
            label={translate('pejling.dashboard.link_status', {
              area,
              count: figures.byStatus[status],
              status: translate(`pejling.initiativeStatus.${status}`),
            })}
          >
            {n(figures.byStatus[status])}
          </Figure>{' '}
          {translate(`pejling.initiativeStatus.${status}`)}
        </Typography>
      ))}
    </Box>,
    <Box key="milestones" sx={{ minWidth: 110 }}>
      <Typography variant="body2" component="div">
        <Figure
          to={listLink('milestones', { ...scope, status: 'done' })}
          label={translate('pejling.dashboard.link_done', {
            area,
            count: figures.milestonesDone,
          })}
        >
          {n(figures.milestonesDone)}
        </Figure>
        {` / `}
        <Figure
          to={listLink('milestones', { ...scope, status: COUNTED_MILESTONE_STATUSES })}
          label={translate('pejling.dashboard.link_total', {
            area,
            count: figures.milestonesTotal,
          })}
        >
          {n(figures.milestonesTotal)}
        </Figure>
      </Typography>
      {percent !== null && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <LinearProgress
            variant="determinate"
            value={percent}
            aria-hidden
            sx={{ flexGrow: 1, height: 6, borderRadius: 3 }}
          />
          <Typography variant="caption" component="span">
            {formatPercent(percent, locale)}
          </Typography>
        </Box>
      )}
    </Box>,
    <Figure
      key="overdue"
      to={listLink('milestones', { ...scope, overdue: true })}
      label={translate('pejling.dashboard.link_overdue', {
        area,
        count: figures.milestonesOverdue,
      })}
    >
      <Box
        component="span"
        sx={figures.milestonesOverdue > 0 ? { color: 'error.main', fontWeight: 700 } : {}}
      >
        {n(figures.milestonesOverdue)}
      </Box>
    </Figure>,
    <Figure
      key="moved"
      to={listLink('milestones', {
        ...scope,
        moved: true,
        status: COUNTED_MILESTONE_STATUSES,
      })}
      label={translate('pejling.dashboard.link_moved', {
        area,
        count: figures.milestonesMoved,
      })}
    >
      {n(figures.milestonesMoved)}
    </Figure>,
  ];
};

/** One row: a focus area's figures, or the whole plan's. */
const Row = (props: AreaProps) => (
  <TableRow>
    <TableCell component="th" scope="row" sx={{ minWidth: 120 }}>
      {props.name}
    </TableCell>
    {useFigureCells(props).map((cell, index) => (
      <TableCell key={COLUMNS[index]} align={COUNTS.includes(COLUMNS[index]) ? 'right' : undefined}>
        {cell}
      </TableCell>
    ))}
  </TableRow>
);

/** A focus area's figures on a phone or an upright tablet: its name over them, each named. */
const Stacked = (props: AreaProps) => {
  const { translate } = useShell();
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="subtitle2" component="h3">
        {props.name}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 1, mt: 0.5 }}>
        {useFigureCells(props).map((cell, index) => (
          <Box key={COLUMNS[index]} sx={{ typography: 'body2' }}>
            <Box sx={{ color: 'text.secondary' }}>
              {translate(`pejling.dashboard.${COLUMNS[index]}`)}
            </Box>
            {cell}
          </Box>
        ))}
      </Box>
    </Box>
  );
};

/** Per focus area: initiatives by health and status, milestones done, overdue and moved. */
export const FocusAreaTable = ({ dashboard }: { dashboard: StrategyDashboard }) => {
  const { translate } = useShell();
  const small = useSmallScreen();
  const t = (key: string) => translate(`pejling.dashboard.${key}`);
  const areas: (AreaProps & { key: number })[] = [
    ...dashboard.focusAreas.map((area) => ({
      key: area.focusAreaId,
      name: `${area.code} ${area.title}`,
      scope: { focusAreaId: area.focusAreaId },
      figures: area,
    })),
    {
      key: 0,
      name: <strong>{t('whole_plan')}</strong>,
      scope: { strategyId: dashboard.strategyId },
      figures: dashboard.totals,
    },
  ];
  if (small) {
    return (
      <Panel title={t('focus_areas')}>
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {areas.map(({ key, ...area }) => (
            <Stacked key={key} {...area} />
          ))}
        </Box>
      </Panel>
    );
  }
  return (
    <Panel title={t('focus_areas')}>
      <TableContainer>
        <Table
          size="small"
          aria-label={t('focus_areas')}
          sx={{ '& td, & th': { px: { xs: 0.75, lg: 1.5 } } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('area')}</TableCell>
              {COLUMNS.map((column) => (
                <TableCell key={column} align={COUNTS.includes(column) ? 'right' : undefined}>
                  {t(column)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {areas.map(({ key, ...area }) => (
              <Row key={key} {...area} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Panel>
  );
};
