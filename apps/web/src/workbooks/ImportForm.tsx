import { useRef, useState } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import OutboxIcon from '@mui/icons-material/Outbox';
import { Button, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useGetList } from 'react-admin';
import type { StrategyRecord } from '@pejling/contracts';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import type { Sending } from './useImport';

/** The files the import reads. */
const ACCEPTED =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** The strategy the workbook updates; empty for a new strategy from it. */
const StrategySelect = ({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (strategyId: number | undefined) => void;
}) => {
  const translate = useWorkbookTranslate();
  const { data: strategies = [] } = useGetList<StrategyRecord>('strategies', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'periodStart', order: 'DESC' },
  });
  return (
    <TextField
      select
      size="small"
      label={translate('pejling.workbook.strategy')}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      fullWidth={false}
      sx={{ minWidth: 260, maxWidth: '100%' }}
    >
      <option value="">{translate('pejling.workbook.new_strategy')}</option>
      {strategies.map((strategy) => (
        <option key={strategy.id} value={strategy.id}>
          {strategy.name}
        </option>
      ))}
    </TextField>
  );
};

/**
 * The file to import (a button that opens the file picker, a labelled file input) and the
 * strategy it updates (`initialStrategyId` chosen to begin with), sent by "Indlæs
 * regnearket" (`onUpload`); while it is sent (`sending`), its progress as a bar.
 */
export const ImportForm = ({
  initialStrategyId,
  sending,
  onUpload,
}: {
  initialStrategyId: number | undefined;
  sending: Sending | undefined;
  onUpload: (file: File, strategyId: number | undefined) => void;
}) => {
  const translate = useWorkbookTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [strategyId, setStrategyId] = useState(initialStrategyId);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          startIcon={<AttachFileIcon />}
          disabled={sending !== undefined}
          onClick={() => input.current?.click()}
        >
          {translate('pejling.workbook.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED}
          hidden
          aria-label={translate('pejling.workbook.file')}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) setFile(chosen);
            // Emptied, so that the same file chosen again (corrected since) counts as chosen.
            event.target.value = '';
          }}
        />
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {file?.name ?? translate('pejling.workbook.no_file')}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <StrategySelect value={strategyId} onChange={setStrategyId} />
        <Button
          variant="contained"
          startIcon={<OutboxIcon />}
          disabled={file === undefined || sending !== undefined}
          onClick={() => file && onUpload(file, strategyId)}
        >
          {translate('pejling.workbook.upload')}
        </Button>
      </Stack>
      {sending && (
        <LinearProgress
          variant="determinate"
          value={sending.percent}
          aria-label={translate('pejling.workbook.uploading', { name: sending.name })}
        />
      )}
    </Stack>
  );
};
