import { useFieldValue, type FieldProps } from 'react-admin';
import type { RoundState } from '@pejling/contracts';
import { RoundStateChip } from './RoundStateChip';

export const RoundStateField = ({ source = 'state', ...props }: FieldProps) => {
  const state = useFieldValue({ source, ...props }) as RoundState | undefined;
  return state ? <RoundStateChip state={state} /> : null;
};
