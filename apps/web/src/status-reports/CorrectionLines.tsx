import type { ReactNode } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import { Stack, Typography } from '@mui/material';
import { useShell } from '../shell/shell';

/**
 * The lines that say how a report stands among corrections: the later report that has
 * replaced it (`supersededBy`), and the earlier one it corrects (`corrects`), each given
 * as its name or a link to it. Nothing when neither.
 */
export const CorrectionLines = ({
  corrects,
  supersededBy,
}: {
  corrects?: ReactNode;
  supersededBy?: ReactNode;
}) => {
  const { translate } = useShell();
  if (!corrects && !supersededBy) return null;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      {supersededBy && (
        <Typography variant="body2" color="warning.dark" component="span">
          <HistoryIcon fontSize="inherit" sx={{ verticalAlign: 'middle', mr: 0.5 }} />
          {translate('pejling.statusReport.superseded')} {supersededBy}
        </Typography>
      )}
      {corrects && (
        <Typography variant="body2" component="span">
          {translate('pejling.statusReport.corrects')} {corrects}
        </Typography>
      )}
    </Stack>
  );
};
