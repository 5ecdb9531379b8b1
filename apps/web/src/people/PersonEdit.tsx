import { EditPage } from '../common/EditPage';
import { PersonForm } from './PersonForm';

export const PersonEdit = () => (
  <EditPage>
    <PersonForm />
  </EditPage>
);
