import { useRef, useState } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button, LinearProgress, Stack, Typography } from '@mui/material';
import {
  formatFileSize,
  type AttachmentParentType,
  type AttachmentRecord,
} from '@pejling/contracts';
import { upload } from '../api/client';
import { refusalReason } from '../common/refusalReason';
import { useAppInfo } from '../common/useAppInfo';
import { useIntlLocale } from '../common/useIntlLocale';
import type { Translate } from '../i18n/types';
import { useShell } from '../shell/shell';

/** Why the server refused a file, in words: what a 413 or 415 means, with the server's own words. */
export const failureReason = (error: unknown, translate: Translate): string =>
  refusalReason(error, translate, {
    413: 'pejling.attachments.refused_size',
    415: 'pejling.attachments.refused_kind',
  });

/**
 * Adds a file to a record: a button that opens the file picker (a labelled file input),
 * the upload's progress as a bar and in words, and its outcome handed to `onOutcome`. A
 * file larger than the server takes is refused here, before it is sent.
 */
export const AttachmentUpload = ({
  parentType,
  parentId,
  onOutcome,
}: {
  parentType: AttachmentParentType;
  parentId: number;
  onOutcome: (outcome: { ok: boolean; text: string }) => void;
}) => {
  const { translate, signOutIfExpired } = useShell();
  const locale = useIntlLocale();
  const info = useAppInfo();
  const input = useRef<HTMLInputElement>(null);
  const [sending, setSending] = useState<{ name: string; percent: number }>();
  const max = info ? formatFileSize(info.attachmentMaxBytes, locale) : '';

  const send = async (file: File) => {
    const name = file.name;
    const failed = (reason: string) =>
      onOutcome({ ok: false, text: translate('pejling.attachments.failed', { name, reason }) });
    if (info && file.size > info.attachmentMaxBytes) {
      failed(translate('pejling.attachments.too_large', { max }));
      return;
    }
    const form = new FormData();
    form.append('parentType', parentType);
    form.append('parentId', String(parentId));
    form.append('file', file);
    setSending({ name, percent: 0 });
    try {
      await upload<AttachmentRecord>('/attachments', form, (share) =>
        setSending({ name, percent: Math.round(share * 100) }),
      );
      onOutcome({ ok: true, text: translate('pejling.attachments.added', { name }) });
    } catch (error) {
      if (!(await signOutIfExpired(error))) failed(failureReason(error, translate));
    } finally {
      setSending(undefined);
    }
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant="outlined"
          startIcon={<AttachFileIcon />}
          disabled={sending !== undefined}
          onClick={() => input.current?.click()}
        >
          {translate('pejling.attachments.add')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={translate('pejling.attachments.choose')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied, so that the same file chosen again is sent again.
            event.target.value = '';
            if (file) void send(file);
          }}
        />
        {info && (
          <Typography variant="body2" color="text.secondary">
            {translate('pejling.attachments.accepted', { max })}
          </Typography>
        )}
      </Stack>
      {sending && (
        <Stack spacing={0.5} role="status">
          <Typography variant="body2">
            {translate('pejling.attachments.uploading', sending)}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={sending.percent}
            aria-label={translate('pejling.attachments.uploading', sending)}
          />
        </Stack>
      )}
    </Stack>
  );
};
