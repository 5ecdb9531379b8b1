import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useCreate, useNotify, useTranslate } from 'react-admin';
import type { MeasurementRecord, Region, TargetRecord } from '@pejling/contracts';
import { REGIONS } from '@pejling/contracts';
import { parseNumber } from '../common/format';
import { useAppInfo } from '../common/useAppInfo';
import { useIntlLocale } from '../common/useIntlLocale';

/** Entry of a new measurement of one of the target's series, with its source. */
export const MeasurementDialog = ({
  target,
  open,
  onClose,
}: {
  target: TargetRecord;
  open: boolean;
  onClose: (saved: boolean) => void;
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const notify = useNotify();
  const [create, { isPending }] = useCreate<MeasurementRecord>();
  const [seriesKey, setSeriesKey] = useState(target.series[0]?.key ?? 'main');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [region, setRegion] = useState<Region | ''>(target.byRegion ? REGIONS[0] : '');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [touched, setTouched] = useState(false);
  // The year of the app's today (a demo's fixed date, too), each time the dialog opens.
  const today = useAppInfo()?.today;
  useEffect(() => {
    if (open && today) setYear(today.slice(0, 4));
  }, [open, today]);

  const yearNumber = Number(year);
  const yearError = !/^\d{4}$/.test(year) || yearNumber < 1900 || yearNumber > 2200;
  const parsed = parseNumber(value, locale);
  const valueError = parsed == null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (yearError || valueError) return;
    await create(
      'measurements',
      {
        data: {
          targetId: target.id,
          seriesKey,
          year: yearNumber,
          region: region || null,
          value: parsed,
          source: source.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notify('pejling.targetsPage.saved', { type: 'success' });
          setValue('');
          setSource('');
          setTouched(false);
          onClose(true);
        },
        onError: (error) =>
          notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
      },
    );
  };

  return (
    <Dialog open={open} onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{translate('pejling.targetsPage.add_title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {target.series.length > 1 ? (
              <TextField
                select
                label={translate('pejling.targetsPage.series')}
                value={seriesKey}
                onChange={(e) => setSeriesKey(e.target.value)}
              >
                {target.series.map((s) => (
                  <MenuItem key={s.key} value={s.key}>
                    {s.label}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            <TextField
              label={translate('pejling.targetsPage.year')}
              value={year}
              required
              inputMode="numeric"
              onChange={(e) => setYear(e.target.value)}
              error={touched && yearError}
              helperText={touched && yearError ? translate('pejling.targetsPage.bad_year') : ' '}
            />
            <TextField
              select
              label={translate('pejling.targetsPage.region')}
              value={region}
              onChange={(e) => setRegion(e.target.value as Region | '')}
              // "Whole country" is the empty value: show it, with the label above it.
              slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            >
              <MenuItem value="">{translate('pejling.targetsPage.whole_country')}</MenuItem>
              {REGIONS.map((r) => (
                <MenuItem key={r} value={r}>
                  {translate(`pejling.region.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={`${translate('pejling.targetsPage.value')} (${target.unit})`}
              value={value}
              required
              inputMode="decimal"
              autoFocus
              onChange={(e) => setValue(e.target.value)}
              error={touched && valueError}
              helperText={touched && valueError ? translate('pejling.targetsPage.bad_value') : ' '}
            />
            <TextField
              label={translate('pejling.targetsPage.source')}
              value={source}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 1000 } }}
              onChange={(e) => setSource(e.target.value)}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{translate('pejling.targetsPage.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isPending}>
            {translate('pejling.targetsPage.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
