import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  ReferenceField,
  ResourceContextProvider,
  SelectField,
  TextField,
  useList,
  useRecordContext,
  type FieldProps,
} from 'react-admin';
import type { DueReminderView, ReminderPreview } from '@pejling/contracts';
import { reminderKindChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { formatDay } from '../common/format';
import { CardField, RecordCards } from '../common/RecordCards';
import { StatusChip } from '../common/StatusChip';
import { useIntlLocale } from '../common/useIntlLocale';
import { useSmallScreen } from '../common/useSmallScreen';
import { usePageTranslate } from '../i18n/pageMessages';
import { AboutField } from '../reminder-deliveries/AboutField';
import { DeliveryStatusChip } from '../reminder-deliveries/DeliveryStatusField';
import { RecipientField } from '../reminder-deliveries/RecipientField';
import { DayCounts } from './DayCounts';
import { DaysLateField } from './DaysLateField';
import { runMessages } from './messages';
import { MissingContacts } from './MissingContacts';
import { previewSummary } from './runSummary';
import FiberNewIcon from '@mui/icons-material/FiberNew';

/** Whether a due reminder is recorded already for the day, and what became of it; or new. */
const RecordedField = (_props: FieldProps) => {
  const reminder = useRecordContext<DueReminderView>();
  const translate = usePageTranslate(runMessages);
  if (!reminder) return null;
  return reminder.recorded ? (
    <DeliveryStatusChip status={reminder.recorded.status} />
  ) : (
    <StatusChip
      look={{ icon: <FiberNewIcon />, colour: 'primary.main' }}
      label={translate('pejling.run.new')}
    />
  );
};

/**
 * A due reminder on a phone or an upright tablet: what it is about over whom it goes to,
 * its initiative and kind, the due date and how far the day is from it, and whether it is
 * new or recorded.
 */
const DueCards = () => (
  <RecordCards<DueReminderView & { id: number }>
    linked={false}
    title={<AboutField source="about" />}
  >
    <RecipientField source="recipientName" />
    <ReferenceField source="initiativeId" reference="initiatives">
      <TextField source="code" />
    </ReferenceField>
    <SelectField source="kind" choices={reminderKindChoices} />
    <CardField label="resources.reminder-deliveries.fields.dueDate">
      <DayField source="dueDate" />
    </CardField>
    <DaysLateField source="daysLate" />
    <RecordedField source="recorded" />
  </RecordCards>
);

/**
 * A dry run's answer: what a run would do now, what is recorded for the day already, who
 * is missing and who stands in, and the due reminders as a table (stacked on a phone or an
 * upright tablet), each new or as recorded.
 */
export const DuePreview = ({ preview }: { preview: ReminderPreview }) => {
  const translate = usePageTranslate(runMessages);
  const locale = useIntlLocale();
  const small = useSmallScreen();
  const { due } = preview;
  const list = useList({
    data: due.map((reminder, index) => ({ id: index, ...reminder })),
    sort: { field: 'recipientName', order: 'ASC' },
    perPage: due.length || 1,
  });
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Stack role="status" spacing={0.5}>
        {previewSummary(preview, formatDay(preview.asOf, locale, 'long'), translate).map((line) => (
          <Typography key={line}>{line}</Typography>
        ))}
      </Stack>
      <DayCounts day={preview.day} />
      <MissingContacts missing={preview.missingContacts} />
      {due.length > 0 && (
        <ResourceContextProvider value="reminder-deliveries">
          <ListContextProvider value={list}>
            {small ? (
              <DueCards />
            ) : (
              <DataTable rowClick={false} bulkActionButtons={false}>
                <DataTable.Col source="recipientName" field={RecipientField} />
                <DataTable.Col source="about" field={AboutField} />
                <DataTable.Col source="initiativeId">
                  <ReferenceField source="initiativeId" reference="initiatives">
                    <TextField source="code" />
                  </ReferenceField>
                </DataTable.Col>
                <DataTable.Col source="kind">
                  <SelectField source="kind" choices={reminderKindChoices} />
                </DataTable.Col>
                <DataTable.Col source="dueDate" field={DayField} />
                <DataTable.Col source="daysLate" field={DaysLateField} />
                <DataTable.Col
                  source="recorded"
                  label={translate('pejling.run.recorded_column')}
                  field={RecordedField}
                  disableSort
                />
              </DataTable>
            )}
          </ListContextProvider>
        </ResourceContextProvider>
      )}
    </Stack>
  );
};
