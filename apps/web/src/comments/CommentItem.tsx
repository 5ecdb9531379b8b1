import { useState } from 'react';
import { Paper, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import {
  Button,
  DeleteWithConfirmButton,
  ReferenceField,
  TextField,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { CommentRecord } from '@pejling/contracts';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { formatInstant } from '../common/format';
import { InstantField } from '../common/InstantField';
import { useIntlLocale } from '../common/useIntlLocale';
import { useReportFailure } from '../common/useServerAction';
import { CommentTextField, isSendable } from './CommentTextField';

/** Who wrote a comment: their name and their organisation's short name. */
const Author = () => (
  <ReferenceField<CommentRecord> source="authorPersonId" reference="people" link={false}>
    <TextField source="name" sx={{ fontWeight: 600 }} />
    <ReferenceField source="organisationId" reference="organisations" link={false} empty={null}>
      {' · '}
      <TextField source="shortName" />
    </ReferenceField>
  </ReferenceField>
);

/** "redigeret", with the time of the last edit on hover. */
const Edited = ({ at }: { at: string }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  return (
    <Typography
      variant="body2"
      component="span"
      color="text.secondary"
      title={translate('pejling.comments.edited_at', { at: formatInstant(at, locale) })}
    >
      ({translate('pejling.comments.edited')})
    </Typography>
  );
};

/**
 * One comment: author, time and text; to its author an edit in place (Escape cancels),
 * and to its author or the secretariat a delete that asks first.
 */
export const CommentItem = () => {
  const comment = useRecordContext<CommentRecord>();
  const me = useMe();
  const notify = useNotify();
  const reportFailure = useReportFailure();
  const [update, { isPending }] = useUpdate<CommentRecord>();
  const [draft, setDraft] = useState<string | null>(null);
  if (!comment) return null;
  // Whose comment it is decides; see `canAccessAs`.
  const authorship = { authorPersonId: comment.authorPersonId };
  const mayEdit = me && canAccessAs(me, 'comments', 'edit', authorship);
  const mayDelete = me && canAccessAs(me, 'comments', 'delete', authorship);

  const save = (body: string) =>
    update(
      'comments',
      { id: comment.id, data: { ...comment, body }, previousData: comment },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setDraft(null);
          notify('pejling.comments.saved', { type: 'success' });
        },
        onError: reportFailure,
      },
    );

  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Author />
        <Typography variant="body2" component="span" color="text.secondary">
          <InstantField source="createdAt" />
        </Typography>
        {comment.editedAt && <Edited at={comment.editedAt} />}
      </Stack>
      {draft === null ? (
        <Typography variant="body1" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>
          {comment.body}
        </Typography>
      ) : (
        <Stack spacing={1} sx={{ mt: 1 }}>
          <CommentTextField
            label="resources.comments.fields.body"
            value={draft}
            onChange={setDraft}
            onSubmit={() => void save(draft)}
            onCancel={() => setDraft(null)}
            disabled={isPending}
            autoFocus
          />
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              label="ra.action.save"
              onClick={() => void save(draft)}
              disabled={isPending || !isSendable(draft)}
            />
            <Button label="ra.action.cancel" onClick={() => setDraft(null)} disabled={isPending} />
          </Stack>
        </Stack>
      )}
      {draft === null && (mayEdit || mayDelete) && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          {mayEdit && (
            <Button label="ra.action.edit" onClick={() => setDraft(comment.body)}>
              <EditIcon />
            </Button>
          )}
          {mayDelete && (
            <DeleteWithConfirmButton
              record={comment}
              resource="comments"
              redirect={false}
              confirmTitle="pejling.comments.delete_title"
              confirmContent="pejling.comments.delete_content"
              successMessage="pejling.comments.deleted"
            />
          )}
        </Stack>
      )}
    </Paper>
  );
};
