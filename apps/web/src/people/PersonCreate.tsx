import { Create } from 'react-admin';
import type { PersonRecord } from '@pejling/contracts';
import { PersonForm } from './PersonForm';

const defaults: Partial<PersonRecord> = {
  title: null,
  organisationId: null,
  role: 'owner',
  language: 'da',
  reminderMode: 'digest',
  remindersEnabled: true,
  active: true,
};

/** On the new person's page the secretariat can then invite them to choose a password. */
export const PersonCreate = () => (
  <Create redirect="show">
    <PersonForm defaultValues={defaults} />
  </Create>
);
