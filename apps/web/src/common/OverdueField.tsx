import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Chip, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/**
 * "Overdue" as a red chip with an icon and a word. When not overdue it shows nothing in
 * a list (`showNo` false) or the word "No" on a record page.
 */
export const OverdueField = ({
  source = 'overdue',
  showNo = false,
  ...props
}: FieldProps & { showNo?: boolean }) => {
  const translate = useTranslate();
  const overdue = useFieldValue({ source, ...props }) as boolean | undefined;
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
