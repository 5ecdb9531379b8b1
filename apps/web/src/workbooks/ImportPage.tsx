import { useEffect, useState } from 'react';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useLocation, useNavigate, useRequireAccess } from 'react-admin';
import type { ImportPreview } from '@pejling/contracts';
import { formatInstant } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { ApplyPanel } from './ApplyPanel';
import { PlanChanges, SharedChanges } from './ImportChanges';
import { ImportConflicts } from './ImportConflicts';
import { ImportErrors } from './ImportErrors';
import { ImportForm } from './ImportForm';
import { NO_CHOICES, toggled, type ImportChoices } from './importPreview';
import { ImportSummary } from './ImportSummary';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import { NotInFile } from './NotInFile';
import { StatusRegion } from './StatusRegion';
import { useImport } from './useImport';

/**
 * What a preview shows, the errors first (nothing is applied while there are any), then
 * what the file changes, what stands in its way, and what it leaves out, with the
 * person's choices (confirmations, deletions).
 */
const PreviewParts = ({
  preview,
  choices,
  onChoices,
}: {
  preview: ImportPreview;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
}) => (
  <>
    {preview.errors.length > 0 && <ImportErrors errors={preview.errors} />}
    <ImportSummary summary={preview.summary} />
    <PlanChanges changes={preview.changes} />
    {preview.sharedChanges.length > 0 && (
      <SharedChanges
        changes={preview.sharedChanges}
        confirmation={{
          confirmed: choices.confirmed,
          onConfirm: (email, on) =>
            onChoices({ ...choices, confirmed: toggled(choices.confirmed, email, on) }),
        }}
      />
    )}
    {preview.conflicts.length > 0 && <ImportConflicts conflicts={preview.conflicts} />}
    {preview.notInFile.length > 0 && (
      <NotInFile
        records={preview.notInFile}
        deleted={choices.deleted}
        onDelete={(key, on) =>
          onChoices({ ...choices, deleted: toggled(choices.deleted, key, on) })
        }
      />
    )}
  </>
);

/**
 * The secretariat imports a plan from a workbook (`#/imports`, `?strategyId=` to update
 * that strategy; `?id=` shows a preview read before, as the command line prints its id): chooses a file and the strategy it updates (or none, for a new one),
 * uploads it, reads the server's preview of what it would change, confirms changes to
 * people's e-mail or role, chooses which records not in the file to delete, and applies it.
 */
export const ImportPage = () => {
  const { isPending: checkingAccess } = useRequireAccess({ resource: 'plans', action: 'import' });
  const translate = useWorkbookTranslate();
  const locale = useIntlLocale();
  const navigate = useNavigate();
  const params = new URLSearchParams(useLocation().search);
  const asked = Number(params.get('strategyId'));
  const initialStrategyId = asked > 0 ? asked : undefined;
  const previewId = Number(params.get('id'));
  const { sending, preview, readNotice, read, load, applying, applied, apply } = useImport();
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  // A preview named in the address (after a reload, or from the command line) is read again.
  useEffect(() => {
    if (previewId > 0 && preview?.id !== previewId && !sending) void load(previewId);
    // Only a new id in the address loads; the preview that arrives must not load it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewId]);
  if (checkingAccess) return null;

  /** The address keeps the preview's id, so that a reload shows it again. */
  const upload = async (file: File, strategyId: number | undefined) => {
    setChoices(NO_CHOICES);
    const id = await read(file, strategyId);
    if (id === undefined) return;
    const next = new URLSearchParams(params);
    next.set('id', String(id));
    navigate({ search: `?${next.toString()}` }, { replace: true });
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="pejling.imports.title" />
      <CardContent>
        <Stack spacing={3}>
          <Typography variant="h5" component="h1">
            {translate('pejling.imports.title')}
          </Typography>
          <Typography variant="body2" sx={{ maxWidth: 720 }}>
            {translate('pejling.workbook.intro')}
          </Typography>
          <ImportForm
            key={initialStrategyId}
            initialStrategyId={initialStrategyId}
            sending={sending}
            onUpload={(file, id) => void upload(file, id)}
          />
          <StatusRegion
            notice={
              sending
                ? {
                    severity: 'info',
                    text: translate('pejling.workbook.uploading', { name: sending.name }),
                  }
                : readNotice
            }
          />
          {preview && (
            <>
              {preview.state === 'previewed' && (
                <Typography variant="body2">
                  {translate('pejling.workbook.expires', {
                    time: formatInstant(preview.expiresAt, locale),
                  })}
                </Typography>
              )}
              <PreviewParts preview={preview} choices={choices} onChoices={setChoices} />
              <ApplyPanel
                preview={preview}
                choices={choices}
                applying={applying}
                applied={applied}
                onApply={() => void apply(choices)}
              />
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
