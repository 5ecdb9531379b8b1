import { useFieldValue, type FieldProps } from 'react-admin';
import { OverdueChip } from './OverdueChip';

/** Whether the record is overdue, as OverdueChip shows it. */
export const OverdueField = ({
  source = 'overdue',
  showNo = false,
  ...props
}: FieldProps & { showNo?: boolean }) => (
  <OverdueChip
    overdue={useFieldValue({ source, ...props }) as boolean | undefined}
    showNo={showNo}
  />
);
