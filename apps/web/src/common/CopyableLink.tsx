import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button, Stack, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/**
 * A link to pass on or paste elsewhere: selectable in a read-only field, and a button
 * that copies it. The clipboard exists only on https or localhost: elsewhere the field
 * is there to copy from by hand. `label` is an i18n key, or a text that a page with messages
 * of its own translated already.
 */
export const CopyableLink = ({
  url,
  label,
  helperText,
}: {
  url: string;
  label: string;
  helperText?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(() => notify('pejling.copy.done', { type: 'success' }))
      .catch(() => notify('pejling.copy.failed', { type: 'warning' }));
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label={translate(label, { _: label })}
        value={url}
        fullWidth
        multiline
        autoFocus
        slotProps={{ input: { readOnly: true } }}
        onFocus={(event) => event.target.select()}
        helperText={helperText}
      />
      <Button startIcon={<ContentCopyIcon />} onClick={copy}>
        {translate('pejling.copy.action')}
      </Button>
    </Stack>
  );
};
