import { Create } from 'react-admin';
import type { ReminderRuleRecord } from '@pejling/contracts';
import { ReminderRuleForm, withKindFields } from './ReminderRuleForm';

const defaults: Partial<ReminderRuleRecord> = {
  kind: 'due_soon',
  days: 7,
  repeatEveryDays: null,
  escalateTo: null,
  active: true,
};

export const ReminderRuleCreate = () => (
  <Create redirect="show" transform={withKindFields}>
    <ReminderRuleForm defaultValues={defaults} />
  </Create>
);
