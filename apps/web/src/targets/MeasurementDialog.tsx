import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useCanAccess, useCreate, useNotify, useTranslate, useUpdate } from 'react-admin';
import type { MeasurementRecord, Region, TargetRecord } from '@pejling/contracts';
import { REGIONS } from '@pejling/contracts';
import { AttachmentList } from '../attachments/AttachmentList';
import { parseNumber, numberFormat } from '../common/format';
import { useAppInfo } from '../common/useAppInfo';
import { useIntlLocale } from '../common/useIntlLocale';

/**
 * A figure of one of the target's series, with its source: a new one (entered approved by
 * the secretariat, proposed by the data owner), or `measurement` corrected (the data owner's
 * until it is approved; a returned one is proposed again). A new one starts from `preset`
 * (the series, year and region a reporting round asks for), if given.
 */
export const MeasurementDialog = ({
  target,
  measurement,
  preset,
  open,
  onClose,
}: {
  target: TargetRecord;
  measurement?: MeasurementRecord;
  preset?: Pick<MeasurementRecord, 'seriesKey' | 'year' | 'region'>;
  open: boolean;
  onClose: (saved: boolean) => void;
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const notify = useNotify();
  const [create, { isPending: creating }] = useCreate<MeasurementRecord>();
  const [update, { isPending: updating }] = useUpdate<MeasurementRecord>();
  // The secretariat's figures count at once; anyone else's are proposed for approval.
  const { canAccess: approves } = useCanAccess({ resource: 'measurements', action: 'approve' });
  const [seriesKey, setSeriesKey] = useState(target.series[0]?.key ?? 'main');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [region, setRegion] = useState<Region | ''>(target.byRegion ? REGIONS[0] : '');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [touched, setTouched] = useState(false);
  /** The figure just proposed, while its evidence is attached. */
  const [proposed, setProposed] = useState<MeasurementRecord>();
  // The year of the app's today (a demo's fixed date, too), each time the dialog opens;
  // a correction starts from the figure as it is.
  const today = useAppInfo()?.today;
  useEffect(() => {
    if (!open) return;
    if (measurement) {
      setSeriesKey(measurement.seriesKey);
      setYear(String(measurement.year));
      setRegion(measurement.region ?? '');
      setValue(numberFormat(locale, { useGrouping: false }).format(measurement.value));
      setSource(measurement.source ?? '');
    } else if (preset) {
      setSeriesKey(preset.seriesKey);
      setYear(String(preset.year));
      setRegion(preset.region ?? '');
    } else if (today) {
      setYear(today.slice(0, 4));
    }
  }, [open, today, measurement, preset, locale]);

  const yearNumber = Number(year);
  const yearError = !/^\d{4}$/.test(year) || yearNumber < 1900 || yearNumber > 2200;
  const parsed = parseNumber(value, locale);
  const valueError = parsed == null;
  const sourceError = !source.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (yearError || valueError || sourceError) return;
    const data = {
      targetId: target.id,
      seriesKey,
      year: yearNumber,
      region: region || null,
      value: parsed,
      source: source.trim(),
    };
    const done = {
      onSuccess: (saved: MeasurementRecord) => {
        notify(approves ? 'pejling.targetsPage.saved' : 'pejling.figures.proposed', {
          type: 'success',
        });
        setValue('');
        setSource('');
        setTouched(false);
        // A new proposal takes its evidence next; an approved figure's files are frozen.
        if (!measurement && saved.state !== 'approved') setProposed(saved);
        else onClose(true);
      },
      onError: (error: unknown) =>
        notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
    };
    if (measurement) {
      await update(
        'measurements',
        {
          id: measurement.id,
          data: { ...data, version: measurement.version },
          previousData: measurement,
        },
        { ...done, mutationMode: 'pessimistic' },
      );
    } else {
      await create('measurements', { data }, done);
    }
  };
  const isPending = creating || updating;
  const title = measurement
    ? approves
      ? 'pejling.figures.edit_title'
      : 'pejling.figures.correct_title'
    : approves
      ? 'pejling.targetsPage.add_title'
      : 'pejling.figures.propose_title';

  if (proposed) {
    const finish = () => {
      setProposed(undefined);
      onClose(true);
    };
    return (
      <Dialog open={open} onClose={finish} fullWidth maxWidth="sm">
        <DialogTitle>{translate('pejling.figures.evidence_title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{translate('pejling.figures.evidence_help')}</DialogContentText>
            <AttachmentList parentType="measurement" parentId={proposed.id} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={finish}>
            {translate('pejling.figures.done')}
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open={open} onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{translate(title)}</DialogTitle>
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
            {/* A region only on a target broken down by region. */}
            {target.byRegion ? (
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
            ) : null}
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
              required
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 1000 } }}
              onChange={(e) => setSource(e.target.value)}
              error={touched && sourceError}
              helperText={
                touched && sourceError
                  ? translate('pejling.figures.source_required')
                  : translate('pejling.figures.source_help')
              }
            />
            {measurement ? (
              <AttachmentList parentType="measurement" parentId={measurement.id} />
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{translate('pejling.targetsPage.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isPending}>
            {translate(approves ? 'pejling.targetsPage.save' : 'pejling.figures.propose')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
