import {
  DataTable,
  DateInput,
  List,
  NullableBooleanInput,
  NumberField,
  SelectField,
  SelectInput,
  type FieldProps,
} from 'react-admin';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import {
  deliveryStatusChoices,
  recipientRoleChoices,
  reminderKindChoices,
} from '../common/choices';
import { DayField } from '../common/DayField';
import { InstantField } from '../common/InstantField';
import { InitiativeInput, PersonInput } from '../common/references';
import { ShowLinkField } from '../common/ShowLinkField';
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
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

/**
 * The delivery log: which reminder went to whom for which day, and what became of it
 * newest first; what waits too long can be filtered. The secretariat sees everyone's and
 * can send a failed one again; anyone else sees their own (the server decides).
 */
export const ReminderDeliveryList = () => (
  <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
    <DataTable<ReminderDeliveryRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="day" field={DayField} />
      <DataTable.Col source="status" field={StateField} />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={reminderKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="recipientName" field={RecipientField} />
      <DataTable.Col source="about" field={AboutField} disableSort />
      <DataTable.Col source="initiativeCode" disableSort>
        <ShowLinkField source="initiativeCode" reference="initiatives" idSource="initiativeId" />
      </DataTable.Col>
      <DataTable.NumberCol source="attempts" field={NumberField} />
      <DataTable.Col source="sentAt" field={InstantField} />
    </DataTable>
  </List>
);
