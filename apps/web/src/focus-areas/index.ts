import FocusAreaIcon from '@mui/icons-material/Category';
import type { FocusAreaRecord } from '@pejling/contracts';
import { codeAndTitle } from '../common/references';
import { FocusAreaList } from './FocusAreaList';
import { FocusAreaShow } from './FocusAreaShow';

export default {
  list: FocusAreaList,
  show: FocusAreaShow,
  icon: FocusAreaIcon,
  recordRepresentation: (record: FocusAreaRecord) => codeAndTitle(record),
};
