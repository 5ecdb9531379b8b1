import { useFieldValue, type FieldProps } from 'react-admin';
import { ProgressBar } from './ProgressBar';

/** The record's percentage 0–100 as a bar and a figure. */
export const ProgressField = ({ source = 'progress', ...props }: FieldProps) => (
  <ProgressBar value={useFieldValue({ source, ...props }) as number | null | undefined} />
);
