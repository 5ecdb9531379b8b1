import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { RoundCompletion } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';

const looks: Record<RoundCompletion, StatusLook> = {
  submitted: { icon: <CheckCircleIcon />, colour: 'success.main' },
  draft: { icon: <EditNoteIcon />, colour: 'warning.main' },
  missing: { icon: <HourglassEmptyIcon />, colour: 'error.main' },
};

/** Where an initiative stands in a round (submitted, only a draft, nothing), with an icon. */
export const CompletionChip = ({ completion }: { completion: RoundCompletion }) => {
  const translate = useTranslate();
  return (
    <StatusChip
      look={looks[completion]}
      label={translate(`pejling.roundCompletion.${completion}`)}
    />
  );
};

export const CompletionField = ({ source = 'completion', ...props }: FieldProps) => {
  const completion = useFieldValue({ source, ...props }) as RoundCompletion | undefined;
  return completion ? <CompletionChip completion={completion} /> : null;
};
