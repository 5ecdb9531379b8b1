import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import type { ReminderRuleRecord } from '@pejling/contracts';
import { useRuleSentence } from './useRuleSentence';

/** What a rule does, in a sentence. */
export const RuleSentenceField = (_props: FieldProps) => {
  const rule = useRecordContext<ReminderRuleRecord>();
  const sentence = useRuleSentence();
  if (!rule) return null;
  return (
    <Typography variant="body2" component="span">
      {sentence(rule)}
    </Typography>
  );
};
