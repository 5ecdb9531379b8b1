import {
  DataTable,
  List,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import type { ReportingRoundRecord } from '@pejling/contracts';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { roundStateChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { RoundStateField } from './RoundStateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={roundStateChoices} alwaysOn />,
  <ReferenceInput key="strategyId" source="strategyId" reference="strategies" />,
];

const field = (source: string) => `resources.reporting-rounds.fields.${source}`;

/** A round on a phone or an upright tablet: the table's columns, in a card. */
const RoundCards = () => (
  <RecordCards<ReportingRoundRecord> title={(round) => round.title}>
    <RoundStateField source="state" />
    <CardField label={field('meetingDate')}>
      <DayField source="meetingDate" />
    </CardField>
    <CardField label={field('dueDate')}>
      <DayField source="dueDate" />
    </CardField>
    {(['submitted', 'drafts', 'missing'] as const).map((source) => (
      <CardField key={source} label={field(source)}>
        <NumberField source={source} />
      </CardField>
    ))}
  </RecordCards>
);

/**
 * The rounds, the coming meeting first: when the reports are due, the meeting, where the
 * round stands and how many initiatives have answered. On a phone or an upright tablet,
 * cards instead.
 */
export const ReportingRoundList = () => {
  const small = useSmallScreen();
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'meetingDate', order: 'DESC' }}
      perPage={25}
    >
      {small ? (
        <RoundCards />
      ) : (
        <DataTable<ReportingRoundRecord>
          rowClick="show"
          bulkActionButtons={false}
          sx={TABLE_SCROLLS_ALONE}
        >
          <DataTable.Col source="title" field={RecordLinkField} />
          <DataTable.Col source="meetingDate" field={DayField} />
          <DataTable.Col source="dueDate" field={DayField} />
          <DataTable.Col source="state" field={RoundStateField} />
          <DataTable.NumberCol source="submitted" disableSort />
          <DataTable.NumberCol source="drafts" disableSort />
          <DataTable.NumberCol source="missing" disableSort />
        </DataTable>
      )}
    </List>
  );
};
