import { Edit } from 'react-admin';
import { InitiativeForm } from './InitiativeForm';

/**
 * Pessimistic, so that the server's answer (a 400 naming a field, a 409 for a stale
 * `version`) reaches the user before the page moves on.
 */
export const InitiativeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <InitiativeForm />
  </Edit>
);
