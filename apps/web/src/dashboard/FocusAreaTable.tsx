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
import { Link, useTranslate } from 'react-admin';
import {
  HEALTHS,
  INITIATIVE_STATUSES,
  type DashboardFocusArea,
  type StrategyDashboard,
} from '@pejling/contracts';
import { HealthChip } from '../common/HealthField';
import { formatPercent } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
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
  <Link to={to} aria-label={label} title={label} sx={{ fontWeight: 500 }}>
    {children}
  </Link>
);

/** One row: a focus area's figures, or the whole plan's. */
const Row = ({
  name,
  scope,
  figures,
}: {
  name: React.ReactNode;
  scope: Scope;
  figures: Figures;
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const area = typeof name === 'string' ? name : translate('pejling.dashboard.whole_plan');
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const percent =
    figures.milestonesTotal > 0
      ? Math.round((100 * figures.milestonesDone) / figures.milestonesTotal)
      : null;
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ minWidth: 120 }}>
        {name}
      </TableCell>
      <TableCell align="right">
        <Figure
          to={listLink('initiatives', scope)}
          label={translate('pejling.dashboard.link_initiatives', {
            area,
            count: figures.initiatives,
          })}
        >
          {n(figures.initiatives)}
        </Figure>
      </TableCell>
      <TableCell>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
          {HEALTH_FIGURES.filter((h) => figures.byHealth[h] > 0).map((health) => (
            <Link
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
            </Link>
          ))}
        </Box>
      </TableCell>
      <TableCell>
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
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
        </Box>
      </TableCell>
      <TableCell sx={{ minWidth: 110 }}>
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
      </TableCell>
      <TableCell align="right">
        <Figure
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
        </Figure>
      </TableCell>
      <TableCell align="right">
        <Figure
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
        </Figure>
      </TableCell>
    </TableRow>
  );
};

/** Per focus area: initiatives by health and status, milestones done, overdue and moved. */
export const FocusAreaTable = ({ dashboard }: { dashboard: StrategyDashboard }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`pejling.dashboard.${key}`);
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
              <TableCell align="right">{t('initiatives')}</TableCell>
              <TableCell>{t('health')}</TableCell>
              <TableCell>{t('status')}</TableCell>
              <TableCell>{t('milestones')}</TableCell>
              <TableCell align="right">{t('overdue')}</TableCell>
              <TableCell align="right">{t('moved')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {dashboard.focusAreas.map((area) => (
              <Row
                key={area.focusAreaId}
                name={`${area.code} ${area.title}`}
                scope={{ focusAreaId: area.focusAreaId }}
                figures={area}
              />
            ))}
            <Row
              name={<strong>{t('whole_plan')}</strong>}
              scope={{ strategyId: dashboard.strategyId }}
              figures={dashboard.totals}
            />
          </TableBody>
        </Table>
      </TableContainer>
    </Panel>
  );
};
