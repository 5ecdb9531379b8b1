import { useState } from 'react';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  IconButton,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import {
  ATTACHMENT_PARENT_RESOURCES,
  attachmentRefusal,
  formatFileSize,
  type AttachmentParentState,
  type AttachmentParentType,
  type AttachmentRecord,
  type PersonRecord,
} from '@pejling/contracts';
import { API_URL } from '../api/client';
import { api } from '../api/endpoints';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { formatInstant } from '../common/format';
import { useApiQuery } from '../common/useApiQuery';
import { useIntlLocale } from '../common/useIntlLocale';
import { useSmallScreen } from '../common/useSmallScreen';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useShell } from '../shell/shell';
import { AttachmentUpload, failureReason } from './AttachmentUpload';

/** More files than a record should have; the list shows this many. */
const SHOWN = 200;

export interface AttachmentListProps {
  parentType: AttachmentParentType;
  parentId: number;
  /**
   * Whether the person may add files here. By default: whoever may change the record
   * (`canAccessAs`), while its state allows (`attachmentRefusal`). The server decides
   * regardless.
   */
  canAdd?: boolean;
}

/**
 * A record's attachments: each file's name (a download), size, who added it and when, and
 * for its uploader or the secretariat a delete that asks first (a table, or a list on a
 * phone or an upright tablet); then the control to add one, for those who may. What
 * happens is said in words, in a live region.
 */
export const AttachmentList = ({ parentType, parentId, canAdd }: AttachmentListProps) => {
  const { translate, signOutIfExpired } = useShell();
  const locale = useIntlLocale();
  const me = useMe();
  const small = useSmallScreen();
  const queryClient = useQueryClient();
  const resource = ATTACHMENT_PARENT_RESOURCES[parentType];
  // Read afresh each time the files are shown (staleTime 0, in either frame): its state
  // decides whether files may still be added or deleted.
  const { data: parent } = useApiQuery(
    [resource, 'one', parentId],
    (signal) =>
      api.record<AttachmentParentState & Record<string, unknown>>(resource, parentId, signal),
    { staleTime: 0 },
  );
  const filesKey = ['attachments', 'of', parentType, parentId];
  const { data: files, refetch } = useApiQuery(filesKey, (signal) =>
    api.list<AttachmentRecord>(
      'attachments',
      { filter: { parentType, parentId }, sort: ['createdAt', 'ASC'], perPage: SHOWN },
      signal,
    ),
  );
  const uploaders = [...new Set((files ?? []).flatMap((file) => file.uploadedByPersonId ?? []))];
  // The names known so far stay while those of a new uploader are read.
  const { data: people } = useApiQuery(
    ['people', 'many', uploaders],
    (signal) =>
      api.list<PersonRecord>(
        'people',
        { filter: { id: uploaders }, sort: ['id', 'ASC'], perPage: uploaders.length },
        signal,
      ),
    { enabled: uploaders.length > 0, placeholderData: keepPreviousData },
  );
  const [deleting, setDeleting] = useState(false);
  const [toDelete, setToDelete] = useState<AttachmentRecord>();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();

  // A record whose state is final keeps its files as they are (a submitted report, …).
  const open = parent !== undefined && !attachmentRefusal(parent);
  const mayAdd =
    canAdd ??
    (open &&
      me !== undefined &&
      canAccessAs(me, 'attachments', 'create') &&
      canAccessAs(me, resource, 'edit', parent));
  // Who uploaded a file decides, with the secretariat; see `canAccessAs`.
  const mayDelete = (file: AttachmentRecord) =>
    open &&
    me !== undefined &&
    canAccessAs(me, 'attachments', 'delete', { uploadedByPersonId: file.uploadedByPersonId });
  const nameOf = (personId: number | null) =>
    people?.find((person) => person.id === personId)?.name ?? '—';

  /** A file's name, which downloads it. */
  const download = (file: AttachmentRecord) => (
    <Link
      href={`${API_URL}/attachments/${file.id}/content`}
      download={file.fileName}
      sx={{ overflowWrap: 'anywhere' }}
    >
      {file.fileName}
    </Link>
  );
  /** Deleting a file, for whom may: after a question. */
  const deleteButton = (file: AttachmentRecord) =>
    mayDelete(file) && (
      <IconButton
        size="small"
        disabled={deleting}
        aria-label={translate('pejling.attachments.delete', { name: file.fileName })}
        title={translate('pejling.attachments.delete', { name: file.fileName })}
        onClick={() => setToDelete(file)}
      >
        <DeleteIcon fontSize="small" />
      </IconButton>
    );

  /** As react-admin's delete did: the file leaves the list at once, which is read again. */
  const remove = async (file: AttachmentRecord) => {
    setToDelete(undefined);
    setDeleting(true);
    try {
      await api.deleteRecord('attachments', file.id);
      queryClient.setQueryData<AttachmentRecord[]>(filesKey, (old) =>
        old?.filter((other) => other.id !== file.id),
      );
      setOutcome({
        ok: true,
        text: translate('pejling.attachments.deleted', { name: file.fileName }),
      });
    } catch (error) {
      if (await signOutIfExpired(error)) return;
      setOutcome({
        ok: false,
        text: translate('pejling.attachments.not_deleted', {
          name: file.fileName,
          reason: failureReason(error, translate),
        }),
      });
    } finally {
      setDeleting(false);
    }
    // Deleted or not, the files as they are now.
    void refetch();
  };

  return (
    <Stack spacing={1.5}>
      {files?.length === 0 && (
        <Typography variant="body2">{translate('pejling.attachments.empty')}</Typography>
      )}
      {files && files.length > 0 && small && (
        <Stack component="ul" spacing={1} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {files.map((file) => (
            <Stack
              component="li"
              key={file.id}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center', justifyContent: 'space-between' }}
            >
              <div>
                {download(file)}
                <Typography variant="body2" color="text.secondary">
                  {[
                    formatFileSize(file.size, locale),
                    nameOf(file.uploadedByPersonId),
                    formatInstant(file.createdAt, locale),
                  ].join(' · ')}
                </Typography>
              </div>
              {deleteButton(file)}
            </Stack>
          ))}
        </Stack>
      )}
      {files && files.length > 0 && !small && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.attachments.fields.fileName')}</TableCell>
              <TableCell align="right">{translate('resources.attachments.fields.size')}</TableCell>
              <TableCell>{translate('resources.attachments.fields.uploadedByPersonId')}</TableCell>
              <TableCell>{translate('resources.attachments.fields.createdAt')}</TableCell>
              <TableCell padding="checkbox" />
            </TableRow>
          </TableHead>
          <TableBody>
            {files.map((file) => (
              <TableRow key={file.id}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{download(file)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatFileSize(file.size, locale)}
                </TableCell>
                <TableCell>{nameOf(file.uploadedByPersonId)}</TableCell>
                <TableCell>{formatInstant(file.createdAt, locale)}</TableCell>
                <TableCell padding="checkbox">{deleteButton(file)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayAdd && (
        <AttachmentUpload
          parentType={parentType}
          parentId={parentId}
          onOutcome={(result) => {
            setOutcome(result);
            if (result.ok) void refetch();
          }}
        />
      )}
      {/* What happened, said once in words: polite for success, at once for a failure. */}
      <div role={outcome?.ok === false ? 'alert' : 'status'}>
        {outcome && (
          <Alert
            severity={outcome.ok ? 'success' : 'error'}
            role="none"
            onClose={() => setOutcome(undefined)}
          >
            {outcome.text}
          </Alert>
        )}
      </div>
      <ConfirmDialog
        open={toDelete !== undefined}
        title={translate('pejling.attachments.delete_title', { name: toDelete?.fileName ?? '' })}
        content={translate('pejling.attachments.delete_content', {
          name: toDelete?.fileName ?? '',
        })}
        confirm={translate('ra.action.delete')}
        onConfirm={() => toDelete && void remove(toDelete)}
        onClose={() => setToDelete(undefined)}
      />
    </Stack>
  );
};
