import { Typography } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  ReferenceField,
  ResourceContextProvider,
  SelectField,
  TextField,
  useList,
  useTranslate,
} from 'react-admin';
import type { DueReminderView, IsoDate } from '@pejling/contracts';
import { reminderKindChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { formatDay } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { AboutField } from '../reminder-deliveries/AboutField';
import { RecipientField } from '../reminder-deliveries/RecipientField';
import { DaysLateField } from './DaysLateField';

/** What a run for `asOf` would send, to whom: the answer of a dry run, as a table. */
export const DuePreview = ({ asOf, due }: { asOf: IsoDate; due: DueReminderView[] }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const list = useList({
    data: due.map((reminder, index) => ({ id: index, ...reminder })),
    sort: { field: 'recipientName', order: 'ASC' },
    perPage: due.length || 1,
  });
  return (
    <>
      <Typography role="status" sx={{ my: 2 }}>
        {translate(due.length ? 'pejling.run.due' : 'pejling.run.none_due', {
          smart_count: due.length,
          date: formatDay(asOf, locale, 'long'),
        })}
      </Typography>
      {due.length > 0 && (
        <ResourceContextProvider value="reminder-deliveries">
          <ListContextProvider value={list}>
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
            </DataTable>
          </ListContextProvider>
        </ResourceContextProvider>
      )}
    </>
  );
};
