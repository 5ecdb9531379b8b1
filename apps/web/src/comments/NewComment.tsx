import { useState, type FormEvent } from 'react';
import { Box, Stack } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { Button, useCreate, useNotify, useTranslate } from 'react-admin';
import type { CommentRecord } from '@pejling/contracts';
import { useReportFailure } from '../common/useServerAction';
import { CommentTextField, isSendable } from './CommentTextField';

/** The form under an initiative's comments: a text and "Send". The server signs it. */
export const NewComment = ({ initiativeId }: { initiativeId: number }) => {
  const notify = useNotify();
  const translate = useTranslate();
  const reportFailure = useReportFailure();
  const [create, { isPending }] = useCreate<CommentRecord>();
  const [body, setBody] = useState('');

  const send = () =>
    create(
      'comments',
      { data: { initiativeId, body } },
      {
        onSuccess: () => {
          setBody('');
          notify('pejling.comments.sent', { type: 'success' });
        },
        onError: reportFailure,
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isSendable(body)) void send();
  };

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Stack spacing={1} sx={{ maxWidth: 720 }}>
        <CommentTextField
          label="pejling.comments.new"
          value={body}
          onChange={setBody}
          onSubmit={() => void send()}
          disabled={isPending}
        />
        <div>
          <Button
            type="submit"
            variant="contained"
            label="pejling.comments.send"
            // On a phone react-admin shows the icon alone, and names it only while enabled.
            aria-label={translate('pejling.comments.send')}
            disabled={isPending || !isSendable(body)}
          >
            <SendIcon />
          </Button>
        </div>
      </Stack>
    </Box>
  );
};
