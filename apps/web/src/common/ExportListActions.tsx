import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportMenu } from './ExportMenu';

/** `ListActions` with the server's CSV and Excel export instead of react-admin's. */
export const ExportListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportMenu />
  </TopToolbar>
);
