import { BooleanField, NumberField, SelectField, Show, SimpleShowLayout } from 'react-admin';
import { escalationTargetChoices, reminderKindChoices } from '../common/choices';
import { RuleSentenceField } from './RuleSentenceField';

const empty = '—';

export const ReminderRuleShow = () => (
  <Show>
    <SimpleShowLayout>
      <RuleSentenceField source="rule" />
      <SelectField source="kind" choices={reminderKindChoices} />
      <NumberField source="days" />
      <NumberField source="repeatEveryDays" emptyText={empty} />
      <SelectField source="escalateTo" choices={escalationTargetChoices} emptyText={empty} />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);
