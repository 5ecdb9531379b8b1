import { useFieldValue, type FieldProps } from 'react-admin';
import { useTiming } from '../common/useTiming';

/** How far a day is from the due date, in words ("3 dage efter fristen"). */
export const DaysLateField = ({ source = 'daysLate', ...props }: FieldProps) => {
  const timing = useTiming();
  const days = useFieldValue({ source, ...props }) as number | undefined;
  return days == null ? null : <span>{timing(days)}</span>;
};
