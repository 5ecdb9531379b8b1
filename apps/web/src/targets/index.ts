import TargetIcon from '@mui/icons-material/TrackChanges';
import type { TargetRecord } from '@pejling/contracts';
import { TargetList } from './TargetList';
import { TargetShow } from './TargetShow';

export default {
  list: TargetList,
  show: TargetShow,
  icon: TargetIcon,
  recordRepresentation: (record: TargetRecord) => `${record.number}. ${record.title}`,
};
