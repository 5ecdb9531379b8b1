import { EditPage } from '../common/EditPage';
import { ReminderRuleForm, withKindFields } from './ReminderRuleForm';

export const ReminderRuleEdit = () => (
  <EditPage transform={withKindFields}>
    <ReminderRuleForm />
  </EditPage>
);
