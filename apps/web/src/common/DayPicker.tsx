import { type ReactNode, type Ref, useMemo, useRef, useState } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { daDK } from '@mui/x-date-pickers/locales';
import type { FieldRef } from '@mui/x-date-pickers/models';
import type { Dayjs } from 'dayjs';
import 'dayjs/locale/da';
import 'dayjs/locale/en-gb';
import { useShell } from '../shell/shell';
import { dayToPicker, pickerLocale, pickerToDay } from './dayValue';
import { useAppInfo } from './useAppInfo';

/** The picker's Danish texts, with the field's placeholder as Danes write it: dd.mm.åååå. */
const danishTexts = {
  ...daDK.components.MuiLocalizationProvider.defaultProps.localeText,
  fieldDayPlaceholder: () => 'dd',
  fieldMonthPlaceholder: () => 'mm',
  fieldYearPlaceholder: ({ digitAmount }: { digitAmount: number }) => 'å'.repeat(digitAmount),
};

export interface DayPickerProps {
  /** `YYYY-MM-DD`, or null (or '') for none. */
  value: string | null | undefined;
  /**
   * The new day (null for none). `invalid` when what is typed is no day of the calendar
   * (yet): half typed, or out of range; the day is null then.
   */
  onChange: (day: string | null, invalid: boolean) => void;
  label?: ReactNode;
  helperText?: ReactNode;
  error?: boolean;
  id?: string;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  disabled?: boolean;
  readOnly?: boolean;
  size?: 'small' | 'medium';
  margin?: 'none' | 'dense' | 'normal';
  variant?: 'standard' | 'outlined' | 'filled';
  fullWidth?: boolean;
  className?: string;
  sx?: SxProps<Theme>;
}

/**
 * A date-only value typed or picked in the UI language's way, whatever the browser's:
 * dd.mm.åååå in Danish, dd/mm/yyyy in English (British, as dates are shown: `intlLocale`).
 * Typing needs no calendar; the calendar button beside the field opens one.
 */
export const DayPicker = ({
  value,
  onChange,
  id,
  label,
  helperText,
  error,
  onBlur,
  size,
  margin,
  variant,
  fullWidth,
  ...picker
}: DayPickerProps) => {
  const { language: locale } = useShell();
  const day = useMemo(() => dayToPicker(value), [value]);
  // An empty field's calendar opens at the app's today (a demo's fixed date, too).
  const today = useAppInfo()?.today;
  const referenceDate = useMemo(() => dayToPicker(today) ?? undefined, [today]);
  // What is typed while it is no day: the picker keeps it only if it gets it back.
  const [typed, setTyped] = useState<Dayjs | null>(null);
  const fieldRef = useRef<FieldRef<Dayjs | null>>(null);
  const reportedInvalid = useRef(false);
  const report = (newDay: string | null, invalid: boolean) => {
    reportedInvalid.current = invalid;
    onChange(newDay, invalid);
  };

  const handleChange = (next: Dayjs | null, context: { validationError: unknown }) => {
    const invalid = next != null && context.validationError != null;
    setTyped(invalid ? next : null);
    report(invalid ? null : pickerToDay(next), invalid);
  };
  // Clearing a part of a date (the year, say) makes the picker's value null, as for an
  // empty field; only the parts still filled in tell the difference.
  const handleBlur = () => {
    const partial = day == null && !!fieldRef.current?.getSections().some((part) => part.value);
    if (partial !== reportedInvalid.current) report(null, partial);
    onBlur?.();
  };

  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={pickerLocale(locale)}
      localeText={locale === 'en' ? undefined : danishTexts}
    >
      <DatePicker
        {...picker}
        value={day ?? typed}
        referenceDate={referenceDate}
        onChange={handleChange}
        slotProps={{
          field: { fieldRef },
          textField: {
            id,
            label,
            helperText,
            error,
            onBlur: handleBlur,
            size,
            margin,
            variant,
            fullWidth,
          },
        }}
      />
    </LocalizationProvider>
  );
};
