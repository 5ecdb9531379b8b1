import { Typography } from '@mui/material';
import type { ImportChange } from '@pejling/contracts';
import { Section } from '../common/Section';
import { ChangeTable, type Confirmation } from './ChangeTable';
import { bySheet } from './importPreview';
import { useWorkbookTranslate } from './useWorkbookTranslate';

/** The changes to the plan's own records, a table per sheet. */
export const PlanChanges = ({ changes }: { changes: ImportChange[] }) => {
  const translate = useWorkbookTranslate();
  return (
    <Section title={translate('pejling.workbook.changes.title')}>
      {changes.length > 0 ? (
        bySheet(changes).map((sheet) => <ChangeTable key={sheet.sheet} sheet={sheet} />)
      ) : (
        <Typography variant="body2">{translate('pejling.workbook.changes.none')}</Typography>
      )}
    </Section>
  );
};

/**
 * The changes to organisations and people, apart: other strategies share them. A change
 * to a person's e-mail or role is applied only once confirmed here.
 */
export const SharedChanges = ({
  changes,
  confirmation,
}: {
  changes: ImportChange[];
  confirmation: Confirmation;
}) => {
  const translate = useWorkbookTranslate();
  return (
    <Section title={translate('pejling.workbook.shared.title')}>
      <Typography variant="body2">{translate('pejling.workbook.shared.note')}</Typography>
      {bySheet(changes).map((sheet) => (
        <ChangeTable key={sheet.sheet} sheet={sheet} confirmation={confirmation} />
      ))}
    </Section>
  );
};
