import {
  DataTable,
  List,
  NullableBooleanInput,
  NumberField,
  SelectField,
  SelectInput,
  TextField,
  type FieldProps,
} from 'react-admin';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import {
  deliveryStatusChoices,
  recipientRoleChoices,
  reminderKindChoices,
} from '../common/choices';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { DayField } from '../common/DayField';
import { DayInput } from '../common/DayInput';
import { InstantField } from '../common/InstantField';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { InitiativeInput, PersonInput } from '../common/references';
import { ShowLinkField } from '../common/ShowLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { AboutField } from './AboutField';
import { DeliveryStateField } from './DeliveryStateField';
import { RecipientField } from './RecipientField';

/** The status and why it is not sent, with a way to send a failed one again. */
const StateField = (props: FieldProps) => <DeliveryStateField {...props} resend />;

const filters = [
  <SelectInput key="status" source="status" choices={deliveryStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={reminderKindChoices} />,
  <PersonInput key="recipientPersonId" source="recipientPersonId" />,
  <SelectInput key="recipientRole" source="recipientRole" choices={recipientRoleChoices} />,
  <InitiativeInput key="initiativeId" source="initiativeId" />,
  <NullableBooleanInput key="stale" source="stale" />,
  <DayInput key="from" source="from" />,
  <DayInput key="to" source="to" />,
];

const field = (source: string) => `resources.reminder-deliveries.fields.${source}`;

/**
 * A delivery on a phone or an upright tablet: what it is about over the table's other
 * columns, as text, as a card is one link already (sending a failed one again is on its
 * page).
 */
const DeliveryCards = () => (
  <RecordCards<ReminderDeliveryRecord>
    title={(delivery) => delivery.milestoneTitle ?? delivery.roundTitle}
  >
    <DayField source="day" />
    <DeliveryStateField source="status" />
    <SelectField source="kind" choices={reminderKindChoices} />
    <RecipientField source="recipientName" />
    <CardField label={field('initiativeCode')}>
      <TextField source="initiativeCode" />
    </CardField>
    <CardField label={field('attempts')}>
      <NumberField source="attempts" />
    </CardField>
    <CardField label={field('sentAt')}>
      <InstantField source="sentAt" emptyText="—" />
    </CardField>
  </RecordCards>
);

/**
 * The delivery log: which reminder went to whom for which day, and what became of it
 * newest first; what waits too long can be filtered. The secretariat sees everyone's and
 * can send a failed one again; anyone else sees their own (the server decides). On a phone
 * or an upright tablet, cards instead.
 */
export const ReminderDeliveryList = () => {
  const small = useSmallScreen();
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
      {small ? (
        <DeliveryCards />
      ) : (
        <DataTable<ReminderDeliveryRecord>
          rowClick="show"
          bulkActionButtons={false}
          // Eight columns beside the menu: narrower gaps keep them within a laptop's screen,
          // and where they do not fit still, the table scrolls by itself.
          sx={{ ...TABLE_SCROLLS_ALONE, '& .MuiTableCell-root': { px: 1 } }}
        >
          <DataTable.Col source="day">
            {/* A delivery has no name: its day leads to it. */}
            <RecordLinkField source="day">
              <DayField source="day" />
            </RecordLinkField>
          </DataTable.Col>
          <DataTable.Col source="status" field={StateField} />
          <DataTable.Col source="kind" disableSort>
            <SelectField source="kind" choices={reminderKindChoices} />
          </DataTable.Col>
          <DataTable.Col source="recipientName" field={RecipientField} />
          <DataTable.Col source="about" field={AboutField} disableSort />
          <DataTable.Col source="initiativeCode" disableSort>
            <ShowLinkField
              source="initiativeCode"
              reference="initiatives"
              idSource="initiativeId"
            />
          </DataTable.Col>
          <DataTable.NumberCol source="attempts" field={NumberField} />
          <DataTable.Col source="sentAt" field={InstantField} />
        </DataTable>
      )}
    </List>
  );
};
