import { Box } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEventRecord } from '@pejling/contracts';
import { changedFields } from '../common/diff';
import { formatDay, formatInstant } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';

/** Fields whose values are i18n choices, and where their words are. */
const CHOICES: Record<string, string> = {
  health: 'health',
  kind: 'organisationKind',
  region: 'region',
  role: 'role',
  language: 'language',
  'initiatives.status': 'initiativeStatus',
  'milestones.status': 'milestoneStatus',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LONGEST = 160;
const CONTEXT = 30;

/** Where two texts start to differ, less some context: a long text is shown from there. */
const differenceAt = (before: unknown, after: unknown): number => {
  if (typeof before !== 'string' || typeof after !== 'string') return 0;
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  return at > CONTEXT * 2 ? at - CONTEXT : 0;
};

/**
 * What an audit event changed, field by field: "before → after" for an update, the values
 * given for a creation or held at a deletion. Bookkeeping (version, timestamps) is left out.
 */
export const ChangesField = (_props: FieldProps) => {
  const event = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!event) return null;

  const show = (field: string, value: unknown, from = 0): string => {
    if (value == null || value === '' || (Array.isArray(value) && !value.length)) return '—';
    if (typeof value === 'boolean') return translate(`ra.boolean.${value}`);
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'object') return JSON.stringify(value);
    const text = String(value);
    const choices = CHOICES[`${event.resource}.${field}`] ?? CHOICES[field];
    if (choices) return translate(`pejling.${choices}.${text}`, { _: text });
    if (DAY.test(text)) return formatDay(text, locale);
    if (INSTANT.test(text)) return formatInstant(text, locale);
    const shown = from ? `…${text.slice(from)}` : text;
    return shown.length > LONGEST ? `${shown.slice(0, LONGEST)}…` : shown;
  };

  const changes = changedFields(event.before, event.after);
  if (!changes.length) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2, typography: 'body2' }}>
      {changes.map(({ field, before, after }) => {
        const from = differenceAt(before, after);
        return (
          <li key={field}>
            <strong>
              {translate(`resources.${event.resource}.fields.${field}`, { _: field })}
            </strong>
            {': '}
            {event.action === 'update'
              ? `${show(field, before, from)} → ${show(field, after, from)}`
              : show(field, event.action === 'create' ? after : before)}
          </li>
        );
      })}
    </Box>
  );
};
