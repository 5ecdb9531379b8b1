import { Stack, Typography } from '@mui/material';
import {
  Pagination,
  RecordContextProvider,
  ReferenceManyField,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { CommentRecord, InitiativeRecord } from '@pejling/contracts';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { CommentItem } from './CommentItem';
import { NewComment } from './NewComment';

const PER_PAGE = 25;

/** Pages only once there is more than one page: a short conversation needs none. */
const CommentPagination = () => {
  const { total } = useListContext();
  return total != null && total > PER_PAGE ? (
    <Pagination rowsPerPageOptions={[PER_PAGE, 50, 100]} />
  ) : null;
};

/** The page of comments the list context holds, oldest first. */
const CommentList = () => {
  const { data } = useListContext<CommentRecord>();
  return (
    <Stack component="ol" spacing={1} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {data?.map((comment) => (
        <RecordContextProvider key={comment.id} value={comment}>
          <CommentItem />
        </RecordContextProvider>
      ))}
    </Stack>
  );
};

/**
 * An initiative's comments, oldest first, and the form to add one for those who may (the
 * steering group reads them only). Comments have no pages of their own: they are this
 * section of the initiative's page.
 */
export const InitiativeComments = () => {
  const initiative = useRecordContext<InitiativeRecord>();
  const translate = useTranslate();
  const me = useMe();
  if (!initiative) return null;
  const mayWrite = me && canAccessAs(me, 'comments', 'create');
  return (
    <Stack spacing={2}>
      <ReferenceManyField
        reference="comments"
        target="initiativeId"
        sort={{ field: 'createdAt', order: 'ASC' }}
        perPage={PER_PAGE}
        pagination={<CommentPagination />}
        empty={<Typography variant="body2">{translate('pejling.comments.empty')}</Typography>}
      >
        <CommentList />
      </ReferenceManyField>
      {mayWrite && <NewComment initiativeId={initiative.id} />}
    </Stack>
  );
};
