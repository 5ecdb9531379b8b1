import AuditEventIcon from '@mui/icons-material/History';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./AuditEventList'), 'AuditEventList'),
  icon: AuditEventIcon,
};
