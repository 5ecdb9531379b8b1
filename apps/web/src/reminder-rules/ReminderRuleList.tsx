import {
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  NumberField,
  SelectField,
  SelectInput,
} from 'react-admin';
import type { ReminderRuleRecord } from '@pejling/contracts';
import { escalationTargetChoices, reminderKindChoices } from '../common/choices';
import { ListActions } from '../common/ListActions';
import { RuleSentenceField } from './RuleSentenceField';

const filters = [
  <SelectInput key="kind" source="kind" choices={reminderKindChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

const empty = '—';

/** The rules the daily scan reminds by, each said as a sentence as well. */
export const ReminderRuleList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <DataTable<ReminderRuleRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="rule" field={RuleSentenceField} disableSort />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={reminderKindChoices} />
      </DataTable.Col>
      <DataTable.NumberCol source="days" />
      <DataTable.Col source="repeatEveryDays" disableSort>
        <NumberField source="repeatEveryDays" emptyText={empty} />
      </DataTable.Col>
      <DataTable.Col source="escalateTo" disableSort>
        <SelectField source="escalateTo" choices={escalationTargetChoices} emptyText={empty} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);
