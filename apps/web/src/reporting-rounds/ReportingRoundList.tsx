import { DataTable, List, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import type { ReportingRoundRecord } from '@pejling/contracts';
import { roundStateChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { RoundStateField } from './RoundStateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={roundStateChoices} alwaysOn />,
  <ReferenceInput key="strategyId" source="strategyId" reference="strategies" />,
];

/**
 * The rounds, the coming meeting first: when the reports are due, the meeting, where the
 * round stands and how many initiatives have answered.
 */
export const ReportingRoundList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'meetingDate', order: 'DESC' }}
    perPage={25}
  >
    <DataTable<ReportingRoundRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="meetingDate" field={DayField} />
      <DataTable.Col source="dueDate" field={DayField} />
      <DataTable.Col source="state" field={RoundStateField} />
      <DataTable.NumberCol source="submitted" disableSort />
      <DataTable.NumberCol source="drafts" disableSort />
      <DataTable.NumberCol source="missing" disableSort />
    </DataTable>
  </List>
);
