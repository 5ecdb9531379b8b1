import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Chip, Typography } from '@mui/material';
import { useShell } from '../shell/shell';

/**
 * "Overdue" as a red chip with an icon and a word. When not overdue it shows nothing
 * (`showNo` false: a list) or the word "No" (a record page).
 */
export const OverdueChip = ({
  overdue,
  showNo = false,
}: {
  overdue: boolean | undefined;
  showNo?: boolean;
}) => {
  const { translate } = useShell();
  if (overdue) {
    return (
      <Chip
        size="small"
        color="error"
        variant="outlined"
        icon={<EventBusyIcon />}
        label={translate('pejling.overdue.yes')}
        sx={{ alignSelf: 'flex-start' }}
      />
    );
  }
  return showNo ? (
    <Typography variant="body2" component="span">
      {translate('pejling.overdue.no')}
    </Typography>
  ) : null;
};
