import { DataTable, List, SearchInput } from 'react-admin';
import type { FocusAreaRecord } from '@pejling/contracts';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const FocusAreaList = () => (
  <List sort={{ field: 'sortOrder', order: 'ASC' }} perPage={25} filters={filters}>
    <DataTable<FocusAreaRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="title" />
      <DataTable.Col source="description" disableSort sx={{ whiteSpace: 'pre-line' }} />
    </DataTable>
  </List>
);
