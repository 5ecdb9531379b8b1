import { Box } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEventRecord } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { type Change, describeChanges } from './changes';

/** A change's sentence with its field's name in bold, wherever the language puts it. */
const Sentence = ({ change: { label, sentence } }: { change: Change }) => {
  const at = sentence.indexOf(label);
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <strong>{label}</strong>
      {sentence.slice(at + label.length)}
    </>
  );
};

/** What an audit event changed, a sentence per field (see `describeChanges`). */
export const ChangesField = (_props: FieldProps) => {
  const event = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!event) return null;
  const changes = describeChanges(event, translate, locale);
  if (!changes.length) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2, typography: 'body2' }}>
      {changes.map((change) => (
        <li key={change.field}>
          <Sentence change={change} />
        </li>
      ))}
    </Box>
  );
};
