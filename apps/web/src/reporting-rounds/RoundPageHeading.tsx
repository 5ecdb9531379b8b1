import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { ReportingRoundRecord } from '@pejling/contracts';
import { AppLink } from '../shell/AppLink';
import { RoundStateChip } from './RoundStateChip';

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
}) => (
  <>
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Button
        component={AppLink}
        to={`/reporting-rounds/${round.id}/show`}
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
