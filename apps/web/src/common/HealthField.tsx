import { useFieldValue, type FieldProps } from 'react-admin';
import type { Health } from '@pejling/contracts';
import { HealthChip } from './HealthChip';

/** An initiative's traffic light, as a chip with a colour, a shape and a word. */
export const HealthField = ({ source = 'health', ...props }: FieldProps) => (
  <HealthChip health={useFieldValue({ source, ...props }) as Health | null | undefined} />
);
