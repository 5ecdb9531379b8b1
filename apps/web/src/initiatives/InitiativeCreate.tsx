import { Create } from 'react-admin';
import type { InitiativeRecord } from '@pejling/contracts';
import { InitiativeForm } from './InitiativeForm';

const defaults: Partial<InitiativeRecord> = {
  description: '',
  status: 'not_started',
  health: null,
  partnerOrganisationIds: [],
  responsiblePersonIds: [],
};

/** The server takes the strategy from the chosen focus area. */
export const InitiativeCreate = () => (
  <Create redirect="show">
    <InitiativeForm defaultValues={defaults} />
  </Create>
);
