import { Stack, Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import type { RecipientRole } from '@pejling/contracts';
import { usePageTranslate } from '../i18n/pageMessages';
import { deliveryMessages } from './messages';

interface Recipient {
  recipientName: string;
  recipientRole: RecipientRole;
  milestoneId: number | null;
  standsInFor: 'lead_contact' | null;
}

/**
 * Who gets a reminder, and as what (responsible, contact person, secretariat), and whether
 * in place of a contact person the lead organisation lacks. A reporting round's reminder
 * goes to those responsible for the initiative, not for a milestone.
 */
export const RecipientField = (_props: FieldProps) => {
  const record = useRecordContext<Recipient & { id: number }>();
  const translate = usePageTranslate(deliveryMessages);
  if (!record) return null;
  return (
    <Stack component="span">
      <Typography variant="body2" component="span">
        {record.recipientName}
      </Typography>
      <Typography variant="caption" component="span" color="text.secondary">
        {translate(
          record.recipientRole === 'responsible' && record.milestoneId == null
            ? 'pejling.recipientRole.responsible_initiative'
            : `pejling.recipientRole.${record.recipientRole}`,
        )}
        {record.standsInFor && ` (${translate('pejling.delivery.stands_in')})`}
      </Typography>
    </Stack>
  );
};
