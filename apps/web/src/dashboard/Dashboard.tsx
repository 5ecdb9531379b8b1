import { Alert, Box } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
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
import { useDashboard } from './useDashboard';

/**
 * The landing page and the steering group's view: where the current strategy stands. Every
 * figure comes from GET /api/dashboard and links to the records behind it.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const [strategyId] = useStrategyChoice();
  const { data: dashboard, error, isPending } = useDashboard(strategyId);
  useForgetUnknownStrategy(error);
  if (isPending) return <Loading />;
  if (error) {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate('pejling.dashboard.load_error')}
      </Alert>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 2 }} data-testid="dashboard">
      <Title title={translate('pejling.dashboard.title')} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between' }}>
        <StrategyHeading
          view={dashboard}
          level="h1"
          messages="pejling.dashboard"
          translate={translate}
        />
        <StrategyPicker shown={dashboard.strategyId} />
      </Box>
      <PlanProgress dashboard={dashboard} />
      <FocusAreaTable dashboard={dashboard} />
      <MilestoneLists dashboard={dashboard} />
      <TargetCards dashboard={dashboard} />
    </Box>
  );
};
