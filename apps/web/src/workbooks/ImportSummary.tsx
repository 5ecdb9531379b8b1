import { Box, Typography } from '@mui/material';
import type { ImportSummary as Summary } from '@pejling/contracts';
import { Section } from '../common/Section';
import { useWorkbookTranslate } from './useWorkbookTranslate';

/** The summary's counts, in the order they are shown. */
const COUNTS: (keyof Summary)[] = [
  'create',
  'update',
  'unchanged',
  'conflicts',
  'errors',
  'notInFile',
];

/** How many records the file makes, changes and leaves, and what stands in the way. */
export const ImportSummary = ({ summary }: { summary: Summary }) => {
  const translate = useWorkbookTranslate();
  return (
    <Section title={translate('pejling.workbook.summary.title')}>
      <Box
        component="dl"
        sx={{ m: 0, display: 'flex', flexWrap: 'wrap', gap: 3, '& dd': { m: 0 } }}
      >
        {COUNTS.map((count) => (
          <div key={count}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {translate(`pejling.workbook.summary.${count}`)}
            </Typography>
            <Typography component="dd" variant="h6">
              {summary[count]}
            </Typography>
          </div>
        ))}
      </Box>
    </Section>
  );
};
