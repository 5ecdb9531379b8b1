import { useState } from 'react';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Confirm } from 'react-admin';
import type { CalendarLink, CalendarLinkStatus } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { CopyableLink } from '../common/CopyableLink';
import { formatInstant } from '../common/format';
import { useApiQuery } from '../common/useApiQuery';
import { useIntlLocale } from '../common/useIntlLocale';
import { useServerAction } from '../common/useServerAction';
import { usePageNotify, usePageTranslate } from '../i18n/pageMessages';
import { settingsMessages } from './messages';

const STATUS = ['calendar-link'];
const STOPPED: CalendarLinkStatus = { active: false, createdAt: null };

/** A new address just made: shown this once, with what it means for the old one. */
const NewLink = ({ link }: { link: CalendarLink }) => {
  const translate = usePageTranslate(settingsMessages);
  return (
    <Stack spacing={1}>
      <Alert severity="warning">{translate('pejling.calendar.shown_once')}</Alert>
      <CopyableLink url={link.url} label={translate('pejling.calendar.link')} />
    </Stack>
  );
};

/**
 * The person's milestones as a calendar feed to subscribe to: whether there is one, a
 * new address (the old one stops working; the new one is shown only now) and stopping it.
 */
export const CalendarFeed = () => {
  const translate = usePageTranslate(settingsMessages);
  const notify = usePageNotify(settingsMessages);
  const locale = useIntlLocale();
  const queryClient = useQueryClient();
  const { data: status, error } = useApiQuery(STATUS, api.calendarLink.status);
  const setStatus = (next: CalendarLinkStatus) => queryClient.setQueryData(STATUS, next);
  const [link, setLink] = useState<CalendarLink>();
  const [confirming, setConfirming] = useState<'renew' | 'stop'>();

  // The feed is part of the person's record: a form of it read before (the reminder
  // choices beside) must read its new version, or its next save would be refused as stale.
  const personChanged = () => queryClient.invalidateQueries({ queryKey: ['people'] });
  const { pending: renewing, run: renew } = useServerAction(api.calendarLink.renew, (created) => {
    setLink(created);
    setStatus({ active: true, createdAt: created.createdAt });
    void personChanged();
  });
  const { pending: stopping, run: stop } = useServerAction(api.calendarLink.stop, () => {
    setLink(undefined);
    setStatus(STOPPED);
    void personChanged();
    notify('pejling.calendar.stopped', { type: 'success' });
  });
  const pending = renewing || stopping;
  const confirmed = () => {
    setConfirming(undefined);
    if (confirming === 'stop') stop();
    else renew();
  };

  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!status) return null;
  return (
    <Stack spacing={2}>
      <Typography variant="body2">{translate('pejling.calendar.intro')}</Typography>
      <Typography variant="body2" role="status">
        {status.active && status.createdAt
          ? translate('pejling.calendar.active', {
              date: formatInstant(status.createdAt, locale),
            })
          : translate('pejling.calendar.inactive')}
      </Typography>
      {link && <NewLink link={link} />}
      <Stack direction="row" spacing={2}>
        <Button
          variant="outlined"
          startIcon={<CalendarMonthIcon />}
          disabled={pending}
          onClick={() => (status.active ? setConfirming('renew') : renew())}
        >
          {translate(status.active ? 'pejling.calendar.renew' : 'pejling.calendar.create')}
        </Button>
        {status.active && (
          <Button
            color="error"
            startIcon={<EventBusyIcon />}
            disabled={pending}
            onClick={() => setConfirming('stop')}
          >
            {translate('pejling.calendar.stop')}
          </Button>
        )}
      </Stack>
      <Confirm
        isOpen={confirming !== undefined}
        title={translate(`pejling.calendar.${confirming ?? 'stop'}_title`)}
        content={translate(`pejling.calendar.${confirming ?? 'stop'}_content`)}
        onConfirm={confirmed}
        onClose={() => setConfirming(undefined)}
      />
    </Stack>
  );
};
