import { Card, CardContent, Stack } from '@mui/material';
import { ResourceContextProvider, Title } from 'react-admin';
import { useMe } from '../auth/useMe';
import { Section } from '../common/Section';
import { usePageTranslate } from '../i18n/pageMessages';
import { CalendarFeed } from './CalendarFeed';
import { settingsMessages } from './messages';
import { ReminderChoices } from './ReminderChoices';

/** The signed-in person's notifications: reminder e-mails and the calendar feed. */
export const NotificationSettingsPage = () => {
  const me = useMe();
  const translate = usePageTranslate(settingsMessages);
  if (!me) return null;
  return (
    <Card sx={{ mt: 2, maxWidth: 800 }}>
      <Title title="pejling.settings.title" />
      <CardContent>
        <Stack spacing={3}>
          <Section title={translate('pejling.settings.reminders')}>
            <ResourceContextProvider value="people">
              <ReminderChoices personId={me.person.id} />
            </ResourceContextProvider>
          </Section>
          <Section title={translate('pejling.calendar.title')}>
            <CalendarFeed />
          </Section>
        </Stack>
      </CardContent>
    </Card>
  );
};
