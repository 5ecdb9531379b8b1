import { DataTable, ExportButton, List, TopToolbar } from 'react-admin';
import type { StrategyRecord } from '@pejling/contracts';
import { DayField } from '../common/DayField';
import { WorkbookButtons } from '../workbooks/WorkbookButtons';

/** A blank workbook for a new strategy and importing one, beside the list's export. */
const StrategyListActions = () => (
  <TopToolbar>
    <WorkbookButtons />
    <ExportButton />
  </TopToolbar>
);

export const StrategyList = () => (
  <List
    sort={{ field: 'periodStart', order: 'ASC' }}
    perPage={25}
    actions={<StrategyListActions />}
  >
    <DataTable<StrategyRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="subtitle" />
      <DataTable.Col source="periodStart" field={DayField} />
      <DataTable.Col source="periodEnd" field={DayField} />
    </DataTable>
  </List>
);
