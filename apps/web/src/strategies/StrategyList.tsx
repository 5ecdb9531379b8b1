import { DataTable, List } from 'react-admin';
import type { StrategyRecord } from '@pejling/contracts';
import { DayField } from '../common/DayField';

export const StrategyList = () => (
  <List sort={{ field: 'periodStart', order: 'ASC' }} perPage={25}>
    <DataTable<StrategyRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="subtitle" />
      <DataTable.Col source="periodStart" field={DayField} />
      <DataTable.Col source="periodEnd" field={DayField} />
    </DataTable>
  </List>
);
