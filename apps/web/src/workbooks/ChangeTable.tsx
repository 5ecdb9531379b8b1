import { Box, Checkbox, FormControlLabel, TableCell, TableRow } from '@mui/material';
import type { ImportChange, ImportFieldChange } from '@pejling/contracts';
import type { Translate } from '../i18n/types';
import { storedEmail, type SheetChanges } from './importPreview';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import { PreviewTable } from './PreviewTable';

/** People whose change of e-mail or role waits for a tick, and the ticks given. */
export interface Confirmation {
  confirmed: ReadonlySet<string>;
  onConfirm: (email: string, on: boolean) => void;
}

/** Each field a change sets: what it was and what it becomes; of a new record, its values. */
const FieldChanges = ({ change, translate }: { change: ImportChange; translate: Translate }) => {
  const shown = (value: string | null) => value ?? translate('pejling.workbook.changes.empty');
  const text = ({ before, after }: ImportFieldChange) =>
    change.action === 'create' ? shown(after) : `${shown(before)} → ${shown(after)}`;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {change.fields.map((field) => (
        <li key={field.field}>
          <strong>{field.label}:</strong> {text(field)}
        </li>
      ))}
    </Box>
  );
};

/** New or changed, and the key a record had before, if the change gives it a new one. */
const actionText = (change: ImportChange, translate: Translate): string => {
  const action = translate(`pejling.workbook.changes.${change.action}`);
  return change.renamedFrom
    ? `${action}, ${translate('pejling.workbook.changes.renamed_from', { key: change.renamedFrom })}`
    : action;
};

/**
 * One sheet's changes, a row per record: the sheet's row, the record's key, new or
 * changed, and each field before and after. With `confirmation`, a change to a person's
 * e-mail or role has a checkbox to confirm it.
 */
export const ChangeTable = ({
  sheet,
  confirmation,
}: {
  sheet: SheetChanges;
  confirmation?: Confirmation;
}) => {
  const translate = useWorkbookTranslate();
  const t = (key: string) => translate(`pejling.workbook.changes.${key}`);
  const confirms = confirmation !== undefined && sheet.changes.some((c) => c.needsConfirmation);
  const columns = [t('row'), t('record'), t('action'), t('fields')];
  return (
    <PreviewTable
      caption={sheet.sheetLabel}
      columns={
        confirms ? [...columns, translate('pejling.workbook.shared.confirm_column')] : columns
      }
    >
      {sheet.changes.map((change) => (
        <TableRow key={`${change.row}:${change.key}`}>
          <TableCell>{change.row}</TableCell>
          <TableCell component="th" scope="row">
            {change.key}
          </TableCell>
          <TableCell>{actionText(change, translate)}</TableCell>
          <TableCell sx={{ minWidth: '16em' }}>
            <FieldChanges change={change} translate={translate} />
          </TableCell>
          {confirms && (
            <TableCell>
              {change.needsConfirmation && (
                <FormControlLabel
                  label={translate('pejling.workbook.shared.confirm')}
                  control={
                    <Checkbox
                      checked={confirmation.confirmed.has(storedEmail(change))}
                      onChange={(event) =>
                        confirmation.onConfirm(storedEmail(change), event.target.checked)
                      }
                      slotProps={{
                        input: {
                          'aria-label': translate('pejling.workbook.shared.confirm_label', {
                            key: change.key,
                          }),
                        },
                      }}
                    />
                  }
                />
              )}
            </TableCell>
          )}
        </TableRow>
      ))}
    </PreviewTable>
  );
};
