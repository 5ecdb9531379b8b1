import { List, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { healthChoices, reportStateChoices } from '../common/choices';
import { InitiativeInput, PersonInput } from '../common/references';
import { StatusReportTable } from './StatusReportTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <InitiativeInput key="initiativeId" source="initiativeId" alwaysOn />,
  <ReferenceInput key="roundId" source="roundId" reference="reporting-rounds" />,
  <SelectInput key="state" source="state" choices={reportStateChoices} />,
  <SelectInput key="health" source="health" choices={healthChoices} />,
  <PersonInput key="authorPersonId" source="authorPersonId" />,
];

/**
 * The owners' status reports, newest first. Reports are written on a round's report form.
 */
export const StatusReportList = () => (
  <List filters={filters} sort={{ field: 'reportDate', order: 'DESC' }} perPage={25}>
    <StatusReportTable />
  </List>
);
