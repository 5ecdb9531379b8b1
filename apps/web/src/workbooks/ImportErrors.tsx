import { Alert, TableCell, TableRow } from '@mui/material';
import type { ImportError } from '@pejling/contracts';
import { Section } from '../common/Section';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import { PreviewTable } from './PreviewTable';

const NONE = '—';

/**
 * What is wrong with the file, cell by cell, with a likely value where there is one: the
 * workbook cannot be applied until it is corrected and uploaded again.
 */
export const ImportErrors = ({ errors }: { errors: ImportError[] }) => {
  const translate = useWorkbookTranslate();
  const t = (key: string) => translate(`pejling.workbook.errors.${key}`);
  return (
    <Section title={t('title')}>
      <Alert severity="error" role="none">
        {translate('pejling.workbook.errors.note', { smart_count: errors.length })}
      </Alert>
      <PreviewTable
        caption={t('caption')}
        columns={[t('sheet'), t('row'), t('column'), t('message'), t('suggestion')]}
      >
        {errors.map((error, index) => (
          <TableRow key={index}>
            <TableCell>{error.sheetLabel ?? NONE}</TableCell>
            <TableCell>{error.row ?? NONE}</TableCell>
            <TableCell>{error.column ?? NONE}</TableCell>
            <TableCell component="th" scope="row" sx={{ minWidth: '14em' }}>
              {error.message}
            </TableCell>
            <TableCell>{error.suggestion ?? NONE}</TableCell>
          </TableRow>
        ))}
      </PreviewTable>
    </Section>
  );
};
