import { List, SelectInput } from 'react-admin';
import { RESOURCES } from '@pejling/contracts';
import { DayInput } from '../common/DayInput';
import { InitiativeInput, PersonInput } from '../common/references';
import { AuditEventTable } from './AuditEventTable';
import { useResourceName } from './useResourceName';

const audited = RESOURCES.filter((resource) => resource !== 'audit-events').map((id) => ({ id }));

const ResourceFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const resourceName = useResourceName();
  return (
    <SelectInput
      {...props}
      choices={audited}
      optionText={(choice: { id: string }) => resourceName(choice.id)}
      translateChoice={false}
    />
  );
};

const filters = [
  <ResourceFilter key="resource" source="resource" alwaysOn />,
  <InitiativeInput key="initiativeId" source="initiativeId" alwaysOn />,
  <PersonInput key="personId" source="personId" />,
  <DayInput key="from" source="from" />,
  <DayInput key="to" source="to" />,
];

/** Who changed what, and when: newest first. */
export const AuditEventList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25}>
    <AuditEventTable />
  </List>
);
