import { useState } from 'react';
import SendIcon from '@mui/icons-material/Send';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { PersonRecord } from '@pejling/contracts';
import { api, type Invitation } from '../api/endpoints';
import { CopyableLink } from '../common/CopyableLink';
import { formatInstant } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { useServerAction } from '../common/useServerAction';

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
  const locale = useIntlLocale();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('pejling.invitation.title', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {translate('pejling.invitation.intro', { name })}
        </DialogContentText>
        <CopyableLink
          url={invitation.url}
          label="pejling.invitation.link"
          helperText={translate('pejling.invitation.expires', {
            date: formatInstant(invitation.expiresAt, locale),
          })}
        />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/**
 * Asks the server for a link with which the person chooses their password, and shows it
 * to copy: the secretariat passes it on.
 */
export const InviteButton = () => {
  const person = useRecordContext<PersonRecord>();
  const [invitation, setInvitation] = useState<Invitation>();
  const { pending, run: invite } = useServerAction(api.accounts.invitePerson, setInvitation);
  if (!person) return null;

  return (
    <>
      <Button
        label="pejling.invitation.invite"
        onClick={() => invite(person.id)}
        disabled={pending}
      >
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
