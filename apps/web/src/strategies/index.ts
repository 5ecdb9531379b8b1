import StrategyIcon from '@mui/icons-material/Explore';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

export default {
  list: lazyPage(() => import('./StrategyList'), 'StrategyList'),
  show: lazyPage(() => import('./StrategyShow'), 'StrategyShow'),
  icon: StrategyIcon,
  recordRepresentation: representation('strategies'),
};
