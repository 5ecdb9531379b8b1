import StrategyIcon from '@mui/icons-material/Explore';
import type { StrategyRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./StrategyList'), 'StrategyList'),
  show: lazyPage(() => import('./StrategyShow'), 'StrategyShow'),
  icon: StrategyIcon,
  recordRepresentation: (record: StrategyRecord) => record.name,
};
