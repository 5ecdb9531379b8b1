import { Create } from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import { MilestoneForm } from './MilestoneForm';

const defaults: Partial<MilestoneRecord> = {
  description: '',
  status: 'planned',
  responsiblePersonId: null,
  completedOn: null,
};

/** An initiative's page links here with `{ record: { initiativeId } }` as state. */
export const MilestoneCreate = () => (
  <Create redirect="show">
    <MilestoneForm defaultValues={defaults} />
  </Create>
);
