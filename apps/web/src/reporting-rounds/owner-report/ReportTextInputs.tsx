import { useId } from 'react';
import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { type Control, Controller } from 'react-hook-form';
import { HEALTHS } from '@pejling/contracts';
import { HealthChip } from '../../common/HealthChip';
import { usePageTranslate } from '../../i18n/pageMessages';
import { ownerReportMessages } from './messages';
import type { ReportValues } from './reportValues';

/** A report field's name, as the app's pages call it. */
const fieldLabel = (field: string) => `resources.status-reports.fields.${field}`;

/** What the report says in words, each a text field under its heading's name. */
const TEXTS = [
  { name: 'summary', rows: 4, help: 'pejling.ownerReport.summary_help' },
  { name: 'risks', rows: 2 },
  { name: 'nextSteps', rows: 2 },
] as const;

/**
 * A plain text area that grows with its text from `rows` lines, where the browser can
 * size it to its content (`field-sizing`), and else keeps its rows and scrolls. MUI's own
 * growing text area measures itself as it is drawn, which held a phone for a tenth of a
 * second.
 */
const growing = (rows: number) => ({
  rows,
  slotProps: { input: { inputComponent: 'textarea' as const } },
  sx: { '& textarea': { fieldSizing: 'content', minHeight: `${rows}lh` } },
});

/**
 * How the initiative stands (its health, required: a traffic light of three) and what
 * the report says. Each field is labelled; an error is said under its field, tied to it
 * (`aria-describedby`), and marks it invalid.
 */
export const ReportTextInputs = ({ control }: { control: Control<ReportValues> }) => {
  const translate = usePageTranslate(ownerReportMessages);
  const healthLabelId = useId();
  const healthHelpId = useId();
  return (
    <>
      <Controller
        control={control}
        name="health"
        rules={{ required: translate('ra.validation.required') }}
        render={({ field, fieldState }) => (
          <FormControl component="fieldset" margin="dense" error={fieldState.invalid} required>
            <FormLabel component="legend" id={healthLabelId}>
              {translate(fieldLabel('health'))}
            </FormLabel>
            <RadioGroup
              row
              name={field.name}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
              aria-labelledby={healthLabelId}
              aria-describedby={healthHelpId}
            >
              {HEALTHS.map((health, index) => (
                <FormControlLabel
                  key={health}
                  value={health}
                  control={<Radio inputRef={index === 0 ? field.ref : undefined} />}
                  label={<HealthChip health={health} />}
                />
              ))}
            </RadioGroup>
            <FormHelperText id={healthHelpId}>
              {fieldState.error?.message ?? translate('pejling.ownerReport.health_help')}
            </FormHelperText>
          </FormControl>
        )}
      />
      {TEXTS.map((text) => (
        <Controller
          key={text.name}
          control={control}
          name={text.name}
          render={({ field: { ref, ...field }, fieldState }) => (
            <TextField
              {...field}
              inputRef={ref}
              id={`report-${text.name}`}
              label={translate(fieldLabel(text.name))}
              multiline
              {...growing(text.rows)}
              error={fieldState.invalid}
              helperText={
                fieldState.error?.message ?? ('help' in text ? translate(text.help) : undefined)
              }
            />
          )}
        />
      ))}
    </>
  );
};
