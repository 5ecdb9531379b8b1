import TargetIcon from '@mui/icons-material/TrackChanges';
import { lazyPage } from '../common/lazyPage';
import { representation } from '../common/recordNames';

// Each view a chunk of its own; the charts load later still, only when a target shows them.
export default {
  list: lazyPage(() => import('./TargetList'), 'TargetList'),
  show: lazyPage(() => import('./TargetShow'), 'TargetShow'),
  edit: lazyPage(() => import('./TargetEdit'), 'TargetEdit'),
  icon: TargetIcon,
  recordRepresentation: representation('targets'),
};
