import { BooleanField, DataTable, List, TextField } from 'react-admin';
import type { TargetRecord } from '@pejling/contracts';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { TargetSeriesField } from './TargetSeriesField';

/** A target on a phone or an upright tablet: its number and title over its series. */
const TargetCards = () => (
  <RecordCards<TargetRecord> title={(target) => `${target.number} ${target.title}`}>
    <CardField label="resources.targets.fields.unit">
      <TextField source="unit" />
    </CardField>
    <CardField label="resources.targets.fields.byRegion">
      <BooleanField source="byRegion" />
    </CardField>
    <TargetSeriesField />
  </RecordCards>
);

export const TargetList = () => {
  const small = useSmallScreen();
  return (
    <List sort={{ field: 'number', order: 'ASC' }} perPage={25}>
      {small ? (
        <TargetCards />
      ) : (
        <DataTable<TargetRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="number" />
          <DataTable.Col source="title" field={RecordLinkField} />
          <DataTable.Col source="unit" />
          <DataTable.Col source="byRegion" field={BooleanField} />
          <DataTable.Col source="series" field={TargetSeriesField} disableSort />
        </DataTable>
      )}
    </List>
  );
};
