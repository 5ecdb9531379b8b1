import type { ReactNode } from 'react';
import { Alert, Box } from '@mui/material';

/** What a step of the import says about itself: how it went, and in what tone. */
export interface Notice {
  severity: 'info' | 'success' | 'error';
  text: string;
}

/**
 * Where a step's notice shows, and is read out by a screen reader when it changes (a live
 * region, there before anything is said in it). `children` go with the notice: a link on,
 * the records in conflict.
 */
export const StatusRegion = ({ notice, children }: { notice?: Notice; children?: ReactNode }) => (
  <Box role="status">
    {notice && (
      <Alert severity={notice.severity} role="none">
        {notice.text}
        {children}
      </Alert>
    )}
  </Box>
);
