import { Create, useDataProvider } from 'react-admin';
import type { FocusAreaRecord, InitiativeRecord } from '@pejling/contracts';
import { InitiativeForm } from './InitiativeForm';

const defaults: Partial<InitiativeRecord> = {
  description: '',
  status: 'not_started',
  health: null,
  partnerOrganisationIds: [],
  responsiblePersonIds: [],
};

export const InitiativeCreate = () => {
  const dataProvider = useDataProvider();
  // An initiative belongs to its focus area's strategy.
  const transform = async (data: Partial<InitiativeRecord>) => {
    if (data.focusAreaId == null) return data;
    const { data: focusArea } = await dataProvider.getOne<FocusAreaRecord>('focus-areas', {
      id: data.focusAreaId,
    });
    return { ...data, strategyId: focusArea.strategyId };
  };
  return (
    <Create redirect="show" transform={transform}>
      <InitiativeForm defaultValues={defaults} />
    </Create>
  );
};
