import { Stack } from '@mui/material';
import type { FieldProps } from 'react-admin';
import { DeliveryStatusField } from './DeliveryStatusField';
import { ProblemField } from './ProblemField';
import { ResendButton } from './ResendButton';

/**
 * Where a delivery stands: its status, and under it why it is not sent (yet) and whether
 * it waits too long (`explained`: and what to look at); in a list row, also (the
 * secretariat) a way to send a failed one again.
 */
export const DeliveryStateField = ({
  explained = false,
  resend = false,
}: FieldProps & { explained?: boolean; resend?: boolean }) => (
  <Stack
    spacing={0.5}
    sx={{ alignItems: 'flex-start', minWidth: 150, maxWidth: explained ? 720 : 240 }}
  >
    <DeliveryStatusField source="status" />
    <ProblemField explained={explained} />
    {resend && <ResendButton />}
  </Stack>
);
