import { BooleanField, DataTable, List } from 'react-admin';
import type { TargetRecord } from '@pejling/contracts';
import { TargetSeriesField } from './TargetSeriesField';

export const TargetList = () => (
  <List sort={{ field: 'number', order: 'ASC' }} perPage={25}>
    <DataTable<TargetRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="title" />
      <DataTable.Col source="unit" />
      <DataTable.Col source="byRegion" field={BooleanField} />
      <DataTable.Col source="series" field={TargetSeriesField} disableSort />
    </DataTable>
  </List>
);
