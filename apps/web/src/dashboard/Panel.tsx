import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

/**
 * A titled card of the dashboard. The title is a heading, for those who navigate by them;
 * an action (a link to the whole list) stands beside it, not inside it.
 */
export const Panel = ({
  title,
  action,
  children,
}: {
  title: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) => (
  <Card variant="outlined" component="section">
    <CardContent>
      <Box
        sx={{
          mb: 1.5,
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          gap: 1,
          flexWrap: 'wrap',
        }}
      >
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </CardContent>
  </Card>
);
