import { Checkbox, TableCell, TableRow, Typography } from '@mui/material';
import type { ImportRecordRef } from '@pejling/contracts';
import { Section } from '../common/Section';
import { deletionKey } from './importPreview';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import { PreviewTable } from './PreviewTable';

/**
 * The stored records that no row of the file names: kept, unless the person ticks "Slet"
 * for one (none is ticked to begin with).
 */
export const NotInFile = ({
  records,
  deleted,
  onDelete,
}: {
  records: ImportRecordRef[];
  deleted: ReadonlySet<string>;
  onDelete: (key: string, on: boolean) => void;
}) => {
  const translate = useWorkbookTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`pejling.workbook.not_in_file.${key}`, args);
  return (
    <Section title={t('title')}>
      <Typography variant="body2">{t('note')}</Typography>
      <PreviewTable caption={t('caption')} columns={[t('delete'), t('sheet'), t('record')]}>
        {records.map((record) => (
          <TableRow key={deletionKey(record)}>
            <TableCell padding="checkbox">
              <Checkbox
                checked={deleted.has(deletionKey(record))}
                onChange={(event) => onDelete(deletionKey(record), event.target.checked)}
                slotProps={{
                  input: {
                    'aria-label': t('delete_label', { sheet: record.sheetLabel, key: record.key }),
                  },
                }}
              />
            </TableCell>
            <TableCell>{record.sheetLabel}</TableCell>
            <TableCell component="th" scope="row">
              {record.key}
            </TableCell>
          </TableRow>
        ))}
      </PreviewTable>
    </Section>
  );
};
