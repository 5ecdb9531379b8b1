import { useRef } from 'react';
import { type SxProps, type TextFieldProps, type Theme, useThemeProps } from '@mui/material';
import {
  type CommonInputProps,
  FieldTitle,
  InputHelperText,
  useInput,
  type Validator,
} from 'react-admin';
import { DayPicker } from './DayPicker';

export type DayInputProps = Omit<CommonInputProps, 'format' | 'parse'> & {
  size?: 'small' | 'medium';
  className?: string;
  sx?: SxProps<Theme>;
};

/**
 * Edits a date-only value (`YYYY-MM-DD`, null for none) in the UI language's way, whatever
 * the browser's (`DayPicker`), in place of react-admin's `DateInput`, whose browser input
 * follows the browser.
 */
export const DayInput = ({
  label,
  helperText,
  validate,
  size = 'small',
  margin,
  variant,
  fullWidth,
  disabled,
  readOnly,
  className,
  sx,
  ...rest
}: DayInputProps) => {
  // Looks like react-admin's other inputs: the theme's defaults for text fields.
  const textField = useThemeProps<Theme, TextFieldProps, 'MuiTextField'>({
    props: { margin, variant, fullWidth },
    name: 'MuiTextField',
  });
  // A date typed but no day of the calendar is kept as null, as the browser's input did;
  // this stops the form there and says so, instead of saving no date. A ref, as the form
  // checks a change before the next render.
  const typedInvalid = useRef(false);
  const typedDay: Validator = () =>
    typedInvalid.current ? 'pejling.validation.invalid_day' : undefined;
  const { field, fieldState, id, isRequired } = useInput({
    ...rest,
    // First, so that a half-typed date is not told it is required.
    validate: [typedDay, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])],
    disabled,
    readOnly,
  });

  return (
    <DayPicker
      value={field.value}
      onChange={(day, invalid) => {
        typedInvalid.current = invalid;
        field.onChange(day);
      }}
      id={id}
      name={field.name}
      inputRef={field.ref}
      onBlur={field.onBlur}
      disabled={disabled}
      readOnly={readOnly}
      className={className}
      sx={sx}
      size={size}
      margin={textField.margin}
      variant={textField.variant}
      fullWidth={textField.fullWidth}
      // react-admin's validation decides, as for its other inputs, and says why.
      error={fieldState.invalid}
      label={
        label === false || label === '' ? undefined : (
          <FieldTitle
            label={label}
            source={rest.source}
            resource={rest.resource}
            isRequired={isRequired}
          />
        )
      }
      helperText={
        helperText !== false || fieldState.invalid ? (
          <InputHelperText error={fieldState.error?.message} helperText={helperText} />
        ) : undefined
      }
    />
  );
};
