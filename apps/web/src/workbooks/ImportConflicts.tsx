import { Box, Typography } from '@mui/material';
import type { ImportConflict } from '@pejling/contracts';
import { Section } from '../common/Section';
import { useWorkbookTranslate } from './useWorkbookTranslate';

/** Records someone changed in Pejling since the workbook was made: where, and which versions. */
export const ConflictList = ({ conflicts }: { conflicts: ImportConflict[] }) => {
  const translate = useWorkbookTranslate();
  const place = ({ sheetLabel, row }: ImportConflict) =>
    row === null
      ? sheetLabel
      : translate('pejling.workbook.conflicts.row', { sheet: sheetLabel, row });
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {conflicts.map((conflict) => (
        <li key={`${conflict.sheet}:${conflict.recordId ?? conflict.key}`}>
          {translate('pejling.workbook.conflicts.item', {
            place: place(conflict),
            key: conflict.key,
            read: conflict.versionRead,
            now: conflict.versionNow,
          })}
        </li>
      ))}
    </Box>
  );
};

/** The preview's conflicts, under a heading and what to do about them. */
export const ImportConflicts = ({ conflicts }: { conflicts: ImportConflict[] }) => {
  const translate = useWorkbookTranslate();
  return (
    <Section title={translate('pejling.workbook.conflicts.title')}>
      <Typography variant="body2">{translate('pejling.workbook.conflicts.note')}</Typography>
      <ConflictList conflicts={conflicts} />
    </Section>
  );
};
