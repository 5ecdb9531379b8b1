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
import { Button, useRecordContext } from 'react-admin';
import type { InvitationResult, PersonRecord } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { CopyableLink } from '../common/CopyableLink';
import { formatInstant } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { useServerAction } from '../common/useServerAction';
import { usePageTranslate } from '../i18n/pageMessages';
import { invitationMessages } from './invitationMessages';
import { invitationNote } from './invitationNote';

/**
 * What became of the invitation's e-mail, and the link to pass on as well, selectable and
 * copyable, with when it stops working.
 */
const InvitationDialog = ({
  invitation,
  name,
  onClose,
}: {
  invitation: InvitationResult;
  name: string;
  onClose: () => void;
}) => {
  const translate = usePageTranslate(invitationMessages);
  const locale = useIntlLocale();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('pejling.invitation.title', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText role="status" sx={{ mb: 1 }}>
          {invitationNote(invitation, name, translate)}
        </DialogContentText>
        <DialogContentText sx={{ mb: 2 }}>
          {translate('pejling.invitation.intro', { name })}
        </DialogContentText>
        <CopyableLink
          url={invitation.url}
          label={translate('pejling.invitation.link')}
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
 * Invites the person: the server e-mails them a link with which they choose their
 * password, and answers one to show, which the secretariat may pass on too.
 */
export const InviteButton = () => {
  const person = useRecordContext<PersonRecord>();
  const translate = usePageTranslate(invitationMessages);
  const [invitation, setInvitation] = useState<InvitationResult>();
  const { pending, run: invite } = useServerAction(api.accounts.invitePerson, setInvitation);
  if (!person) return null;

  return (
    <>
      <Button
        label={translate('pejling.invitation.invite')}
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
