import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useCreatePath } from 'react-admin';
import type { ReportingRoundRecord } from '@pejling/contracts';
import { RoundStateChip } from './RoundStateField';

/**
 * The head of a page where someone answers a round (a report, the figures): the way back
 * to the round with its state, and the page's heading.
 */
export const RoundPageHeading = ({
  round,
  children,
}: {
  round: Pick<ReportingRoundRecord, 'id' | 'title' | 'state'>;
  children: ReactNode;
}) => {
  const createPath = useCreatePath();
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          component={Link}
          to={createPath({ resource: 'reporting-rounds', id: round.id, type: 'show' })}
          startIcon={<ArrowBackIcon />}
          size="small"
        >
          {round.title}
        </Button>
        <RoundStateChip state={round.state} />
      </Stack>
      <Typography variant="h5" component="h1">
        {children}
      </Typography>
    </>
  );
};
