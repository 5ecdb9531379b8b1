import StrategyIcon from '@mui/icons-material/Explore';
import type { StrategyRecord } from '@pejling/contracts';
import { StrategyList } from './StrategyList';
import { StrategyShow } from './StrategyShow';

export default {
  list: StrategyList,
  show: StrategyShow,
  icon: StrategyIcon,
  recordRepresentation: (record: StrategyRecord) => record.name,
};
