import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import GavelIcon from '@mui/icons-material/Gavel';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { RoundOutcomeKind } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';

const looks: Record<RoundOutcomeKind, StatusLook> = {
  decision: { icon: <GavelIcon />, colour: 'primary.main' },
  action: { icon: <AssignmentIcon />, colour: 'secondary.main' },
};

/** A decision or an action item, as a chip with an icon and a word. */
export const OutcomeKindChip = ({ kind }: { kind: RoundOutcomeKind }) => {
  const translate = useTranslate();
  return <StatusChip look={looks[kind]} label={translate(`pejling.outcomeKind.${kind}`)} />;
};

export const OutcomeKindField = ({ source = 'kind', ...props }: FieldProps) => {
  const kind = useFieldValue({ source, ...props }) as RoundOutcomeKind | undefined;
  return kind ? <OutcomeKindChip kind={kind} /> : null;
};
