import { EditPage } from '../common/EditPage';
import { MilestoneForm } from './MilestoneForm';

export const MilestoneEdit = () => (
  <EditPage>
    <MilestoneForm />
  </EditPage>
);
