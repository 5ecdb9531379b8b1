import { useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import type { ImportChange, ImportFieldChange } from '@pejling/contracts';
import type { Translate } from '../i18n/types';
import { changesToDraw, storedEmail, type SheetChanges } from './importPreview';
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
  const [all, setAll] = useState(false);
  const drawn = changesToDraw(sheet.changes, all);
  const counts = { smart_count: sheet.changes.length, sheet: sheet.sheetLabel };
  return (
    <>
      <PreviewTable
        caption={sheet.sheetLabel}
        columns={
          confirms ? [...columns, translate('pejling.workbook.shared.confirm_column')] : columns
        }
      >
        {drawn.map((change) => (
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
      {drawn.length < sheet.changes.length && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2">
            {translate('pejling.workbook.changes.shown', { ...counts, shown: drawn.length })}
          </Typography>
          <Button size="small" onClick={() => setAll(true)}>
            {translate('pejling.workbook.changes.show_all', counts)}
          </Button>
        </Box>
      )}
    </>
  );
};
