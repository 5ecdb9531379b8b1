import { useState } from 'react';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import SendIcon from '@mui/icons-material/Send';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import {
  Button,
  useLogoutIfAccessDenied,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { PersonRecord } from '@pejling/contracts';
import { formatInstant } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { accountApi, type Invitation } from '../dataProvider';

/** The link to pass on, selectable and copyable, and when it stops working. */
const InvitationDialog = ({
  invitation,
  name,
  onClose,
}: {
  invitation: Invitation;
  name: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useIntlLocale();
  // The clipboard exists only on https or localhost: elsewhere the field is there to copy.
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(invitation.url))
      .then(() => notify('pejling.invitation.copied', { type: 'success' }))
      .catch(() => notify('pejling.invitation.copy_failed', { type: 'warning' }));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('pejling.invitation.title', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {translate('pejling.invitation.intro', { name })}
        </DialogContentText>
        <TextField
          label={translate('pejling.invitation.link')}
          value={invitation.url}
          fullWidth
          multiline
          autoFocus
          slotProps={{ input: { readOnly: true } }}
          onFocus={(event) => event.target.select()}
          helperText={translate('pejling.invitation.expires', {
            date: formatInstant(invitation.expiresAt, locale),
          })}
        />
      </DialogContent>
      <DialogActions>
        <MuiButton startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate('pejling.invitation.copy')}
        </MuiButton>
        <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/**
 * Asks the server for a link with which the person chooses their password, and shows it
 * to copy: until Pejling sends e-mail, the secretariat passes it on.
 */
export const InviteButton = () => {
  const person = useRecordContext<PersonRecord>();
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [invitation, setInvitation] = useState<Invitation>();
  const [pending, setPending] = useState(false);
  if (!person) return null;

  const invite = async () => {
    setPending(true);
    try {
      setInvitation(await accountApi.invitePerson(person.id));
    } catch (error) {
      if (!(await logoutIfAccessDenied(error))) {
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
          type: 'error',
        });
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="pejling.invitation.invite" onClick={invite} disabled={pending}>
        <SendIcon />
      </Button>
      {invitation && (
        <InvitationDialog
          invitation={invitation}
          name={person.name}
          onClose={() => setInvitation(undefined)}
        />
      )}
    </>
  );
};
