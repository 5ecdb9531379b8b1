import { useId } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import { Button, Stack, Typography } from '@mui/material';
import { Link, useCreatePath } from 'react-admin';
import type { ImportPreview } from '@pejling/contracts';
import { ConflictList } from './ImportConflicts';
import { applyBlocker, type ImportChoices } from './importPreview';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import { StatusRegion } from './StatusRegion';
import type { Applied } from './useImport';

/**
 * "Anvend": applies the preview with the person's choices, once nothing stands in the way
 * (the button says what does, beside it); then how it went: the strategy it made or
 * changed, or why not, with the records that changed since.
 */
export const ApplyPanel = ({
  preview,
  choices,
  applying,
  applied,
  onApply,
}: {
  preview: ImportPreview;
  choices: ImportChoices;
  applying: boolean;
  applied: Applied | undefined;
  onApply: () => void;
}) => {
  const translate = useWorkbookTranslate();
  const createPath = useCreatePath();
  const reasonId = useId();
  const blocker = applyBlocker(preview, choices.confirmed);
  const result = applied?.result;
  return (
    <Stack spacing={1.5}>
      {!result && (
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Button
            variant="contained"
            startIcon={<CheckIcon />}
            disabled={blocker !== undefined || applying}
            aria-describedby={blocker && reasonId}
            onClick={onApply}
          >
            {translate('pejling.workbook.apply')}
          </Button>
          {blocker && (
            <Typography id={reasonId} variant="body2">
              {translate(`pejling.workbook.blocked.${blocker.reason}`, {
                smart_count: 'count' in blocker ? blocker.count : 1,
              })}
            </Typography>
          )}
        </Stack>
      )}
      <StatusRegion notice={applied?.notice}>
        {result && (
          <>
            {' '}
            <Link to={createPath({ resource: 'strategies', id: result.strategyId, type: 'show' })}>
              {translate('pejling.workbook.to_strategy')}
            </Link>
          </>
        )}
        {applied && applied.conflicts.length > 0 && <ConflictList conflicts={applied.conflicts} />}
      </StatusRegion>
    </Stack>
  );
};
