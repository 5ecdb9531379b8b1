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
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { RuleSentenceField } from './RuleSentenceField';
import { useRuleSentence } from './useRuleSentence';

const filters = [
  <SelectInput key="kind" source="kind" choices={reminderKindChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

const empty = '—';

/**
 * A rule on a phone or an upright tablet: its sentence (which says its days, repetition
 * and escalation), its kind, and whether it is active.
 */
const RuleCards = () => {
  const sentence = useRuleSentence();
  return (
    <RecordCards<ReminderRuleRecord> title={sentence}>
      <CardField label="resources.reminder-rules.fields.kind">
        <SelectField source="kind" choices={reminderKindChoices} />
      </CardField>
      <CardField label="resources.reminder-rules.fields.active">
        <BooleanField source="active" />
      </CardField>
    </RecordCards>
  );
};

/** The rules the daily scan reminds by, each said as a sentence as well. */
export const ReminderRuleList = () => {
  const small = useSmallScreen();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
      {small ? (
        <RuleCards />
      ) : (
        <DataTable<ReminderRuleRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="rule" disableSort>
            {/* A rule has no name: its sentence leads to it. */}
            <RecordLinkField source="rule">
              <RuleSentenceField source="rule" />
            </RecordLinkField>
          </DataTable.Col>
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
      )}
    </List>
  );
};
