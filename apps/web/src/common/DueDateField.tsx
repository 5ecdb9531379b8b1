import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { IsoDate, MilestoneRecord } from '@pejling/contracts';
import { formatDay } from './format';
import { useIntlLocale } from './useIntlLocale';

/**
 * A milestone's due date and, once it has moved, the date it was planned with: a deadline
 * moved from March to September must not look as if it had always been September.
 */
export const DueDate = ({
  dueDate,
  originalDueDate,
}: {
  dueDate: IsoDate;
  /** Absent where an old snapshot did not keep it. */
  originalDueDate?: IsoDate;
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {formatDay(dueDate, locale)}
      </Box>
      {originalDueDate && originalDueDate !== dueDate && (
        <Typography variant="caption" component="span" color="text.secondary">
          {translate('pejling.movedFrom', { date: formatDay(originalDueDate, locale) })}
        </Typography>
      )}
    </Box>
  );
};

/** The due date of the milestone in the record context, for lists and show pages. */
export const DueDateField = (_props: { source?: 'dueDate'; label?: string }) => {
  const milestone = useRecordContext<MilestoneRecord>();
  return milestone ? (
    <DueDate dueDate={milestone.dueDate} originalDueDate={milestone.originalDueDate} />
  ) : null;
};
