import { useEffect, useState } from 'react';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import type { CalendarLink, CalendarLinkStatus } from '@pejling/contracts';
import { CopyableLink } from '../common/CopyableLink';
import { formatInstant } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { useServerAction } from '../common/useServerAction';
import { reminderApi } from '../dataProvider';

const STOPPED: CalendarLinkStatus = { active: false, createdAt: null };

/** A new address just made: shown this once, with what it means for the old one. */
const NewLink = ({ link }: { link: CalendarLink }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Alert severity="warning">{translate('pejling.calendar.shown_once')}</Alert>
      <CopyableLink url={link.url} label="pejling.calendar.link" />
    </Stack>
  );
};

/**
 * The person's milestones as a calendar feed to subscribe to: whether there is one, a
 * new address (the old one stops working; the new one is shown only now) and stopping it.
 */
export const CalendarFeed = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useIntlLocale();
  const { pending, run } = useServerAction();
  const [status, setStatus] = useState<CalendarLinkStatus>();
  const [link, setLink] = useState<CalendarLink>();
  const [confirming, setConfirming] = useState<'renew' | 'stop'>();

  useEffect(() => {
    void run(reminderApi.calendarLinkStatus, setStatus);
  }, [run]);

  const renew = () =>
    run(reminderApi.renewCalendarLink, (created) => {
      setLink(created);
      setStatus({ active: true, createdAt: created.createdAt });
    });
  const stop = () =>
    run(reminderApi.stopCalendarLink, () => {
      setLink(undefined);
      setStatus(STOPPED);
      notify('pejling.calendar.stopped', { type: 'success' });
    });
  const confirmed = () => {
    setConfirming(undefined);
    void (confirming === 'stop' ? stop() : renew());
  };

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
          onClick={() => (status.active ? setConfirming('renew') : void renew())}
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
        title={`pejling.calendar.${confirming ?? 'stop'}_title`}
        content={`pejling.calendar.${confirming ?? 'stop'}_content`}
        onConfirm={confirmed}
        onClose={() => setConfirming(undefined)}
      />
    </Stack>
  );
};
