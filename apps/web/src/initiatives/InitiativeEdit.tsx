import { EditPage } from '../common/EditPage';
import { InitiativeForm } from './InitiativeForm';

export const InitiativeEdit = () => (
  <EditPage>
    <InitiativeForm />
  </EditPage>
);
