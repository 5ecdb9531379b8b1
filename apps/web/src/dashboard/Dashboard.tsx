import { Fragment } from 'react';
import { Alert, Box } from '@mui/material';
import { StrategyHeading } from '../common/StrategyHeading';
import {
  StrategyPicker,
  useForgetUnknownStrategy,
  useStrategyChoice,
} from '../common/StrategyPicker';
import { FocusAreaTable } from './FocusAreaTable';
import { MilestoneLists } from './MilestoneLists';
import { PlanProgress } from './PlanProgress';
import { TargetCards } from './TargetCards';
import { PageLoading } from '../shell/PageLoading';
import { useShell } from '../shell/shell';
import { useDeferredRead } from '../shell/useDeferredRead';
import { useDrawnInParts } from '../shell/useDrawnInParts';
import { useDashboard } from './useDashboard';

/**
 * The landing page and the steering group's view: where the current strategy stands. Every
 * figure comes from GET /api/dashboard and links to the records behind it. Drawn in either
 * frame (shell/shell.ts): in the app beside its menu, and on a phone, where that menu is
 * folded away, by the owner's frame (owner-frame/FramedDashboard.tsx), which loads a fraction
 * of the app's code.
 */
export const Dashboard = () => {
  const { translate } = useShell();
  const [strategyId] = useStrategyChoice();
  const read = useDashboard(strategyId);
  useForgetUnknownStrategy(read.error);
  // Drawn in the background and part by part, its top first: on a phone the whole page in
  // one task blocked the main thread for 0.4 s. The top is what a phone's screen shows first,
  // the focus areas' headings its largest text: drawn apart, they came a part later.
  const { data: dashboard, error, isPending } = useDeferredRead(read);
  const drawn = useDrawnInParts(dashboard ? 3 : 0);
  if (isPending) return <PageLoading />;
  if (error || !dashboard) {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate('pejling.dashboard.load_error')}
      </Alert>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 2 }} data-testid="dashboard">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between' }}>
        <StrategyHeading
          view={dashboard}
          level="h1"
          messages="pejling.dashboard"
          translate={translate}
        />
        <StrategyPicker shown={dashboard.strategyId} />
      </Box>
      {[
        <Fragment key="top">
          <PlanProgress dashboard={dashboard} />
          <FocusAreaTable dashboard={dashboard} />
        </Fragment>,
        <MilestoneLists key="milestones" dashboard={dashboard} />,
        <TargetCards key="targets" dashboard={dashboard} />,
      ].slice(0, drawn)}
    </Box>
  );
};
