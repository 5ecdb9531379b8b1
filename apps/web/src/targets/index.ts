import TargetIcon from '@mui/icons-material/TrackChanges';
import type { TargetRecord } from '@pejling/contracts';
import { lazyPage } from '../common/lazyPage';

// Each view a chunk of its own; the charts load later still, only when a target shows them.
export default {
  list: lazyPage(() => import('./TargetList'), 'TargetList'),
  show: lazyPage(() => import('./TargetShow'), 'TargetShow'),
  icon: TargetIcon,
  recordRepresentation: (record: TargetRecord) => `${record.number}. ${record.title}`,
};
