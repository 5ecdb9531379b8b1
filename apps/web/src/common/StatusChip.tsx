import type { ReactElement } from 'react';
import { Chip } from '@mui/material';

/**
 * How a state looks: an icon, a colour and, always, a word. The colour alone would leave
 * out people who cannot tell green from red.
 */
export interface StatusLook {
  icon: ReactElement;
  colour: string;
}

export const StatusChip = ({ look, label }: { look: StatusLook; label: string }) => (
  <Chip
    size="small"
    variant="outlined"
    icon={look.icon}
    label={label}
    sx={{
      alignSelf: 'flex-start',
      // A long state ("Ikke sendt: …") wraps rather than widen its column.
      height: 'auto',
      minHeight: 24,
      '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
      borderColor: look.colour,
      '& .MuiChip-icon': { color: look.colour },
    }}
  />
);
