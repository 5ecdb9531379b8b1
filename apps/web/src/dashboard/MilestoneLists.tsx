import { Box, List, ListItem, Typography } from '@mui/material';
import { AppLink } from '../shell/AppLink';
import { useShell } from '../shell/shell';
import {
  DUE_SOON_DAYS,
  type DashboardMilestone,
  type DashboardMilestoneList,
  type StrategyDashboard,
} from '@pejling/contracts';
import { formatDay } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { listLink, OPEN_MILESTONE_STATUSES } from './links';
import { Panel } from './Panel';

const Item = ({ milestone, late }: { milestone: DashboardMilestone; late: boolean }) => {
  const { translate } = useShell();
  const locale = useIntlLocale();
  return (
    <ListItem disableGutters divider sx={{ display: 'block', py: 0.75 }}>
      <AppLink to={`/milestones/${milestone.id}/show`} sx={{ fontWeight: 500 }}>
        {milestone.title}
      </AppLink>
      <Typography variant="body2" color="text.secondary" component="div">
        <AppLink
          to={`/initiatives/${milestone.initiativeId}/show`}
          color="inherit"
          aria-label={`${translate('pejling.dashboard.initiative')} ${milestone.initiativeCode}`}
        >
          {milestone.initiativeCode}
        </AppLink>
        {milestone.leads.length ? ` (${milestone.leads.join(', ')})` : ''}
        {' · '}
        <Box component="span" sx={late ? { color: 'error.main', fontWeight: 500 } : {}}>
          {translate('pejling.dashboard.due')} {formatDay(milestone.dueDate, locale)}
        </Box>
        {' · '}
        {milestone.responsibleName ?? translate('pejling.dashboard.no_responsible')}
      </Typography>
    </ListItem>
  );
};

const MilestonePanel = ({
  title,
  list,
  empty,
  to,
  late,
}: {
  title: string;
  list: DashboardMilestoneList;
  empty: string;
  to: string;
  late: boolean;
}) => {
  const { translate } = useShell();
  return (
    <Panel
      title={
        <span>
          {title} ({list.total})
        </span>
      }
      action={
        list.total > 0 ? (
          <AppLink to={to} variant="body2">
            {translate('pejling.dashboard.show_all', { count: list.total })}
          </AppLink>
        ) : undefined
      }
    >
      {list.items.length === 0 ? (
        <Typography variant="body2">{empty}</Typography>
      ) : (
        <>
          <List dense disablePadding>
            {list.items.map((milestone) => (
              <Item key={milestone.id} milestone={milestone} late={late} />
            ))}
          </List>
          {list.total > list.items.length && (
            <Typography variant="caption" color="text.secondary">
              {translate('pejling.dashboard.shown_of', {
                shown: list.items.length,
                total: list.total,
              })}
            </Typography>
          )}
        </>
      )}
    </Panel>
  );
};

/** Milestones over their due date, and those due in the next 30 days. */
export const MilestoneLists = ({ dashboard }: { dashboard: StrategyDashboard }) => {
  const { translate } = useShell();
  const { strategyId, today, dueSoonUntil } = dashboard;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <MilestonePanel
        title={translate('pejling.dashboard.overdue_title')}
        list={dashboard.overdue}
        empty={translate('pejling.dashboard.none_overdue')}
        to={listLink('milestones', { strategyId, overdue: true })}
        late
      />
      <MilestonePanel
        title={translate('pejling.dashboard.due_soon_title', { days: DUE_SOON_DAYS })}
        list={dashboard.dueSoon}
        empty={translate('pejling.dashboard.none_due_soon', { days: DUE_SOON_DAYS })}
        to={listLink('milestones', {
          strategyId,
          dueFrom: today,
          dueTo: dueSoonUntil,
          status: OPEN_MILESTONE_STATUSES,
        })}
        late={false}
      />
    </Box>
  );
};
