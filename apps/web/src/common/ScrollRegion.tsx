import type { ReactNode } from 'react';
import { Box, type SxProps, type Theme } from '@mui/material';
import { SCROLLS_ALONE } from './scrollsAlone';

/**
 * A box around a table that is truly two-dimensional (regions by years, say) and may be
 * wider than a phone, or than a tablet beside the menu: the table scrolls sideways in it
 * (`SCROLLS_ALONE`), and the box is a region, named by `label`, that a keyboard can focus
 * and then scroll with the arrow keys. (Printed, it lets the table be: `scroll-region`.)
 */
export const ScrollRegion = ({
  label,
  sx = [],
  children,
}: {
  label: string;
  sx?: SxProps<Theme>;
  children: ReactNode;
}) => (
  <Box
    role="region"
    aria-label={label}
    tabIndex={0}
    className="scroll-region"
    sx={[SCROLLS_ALONE, ...(Array.isArray(sx) ? sx : [sx])]}
  >
    {children}
  </Box>
);
