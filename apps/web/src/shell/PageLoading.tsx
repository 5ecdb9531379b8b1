import { useEffect, useState } from 'react';
import { CircularProgress, Stack, Typography } from '@mui/material';
import { useShell } from './shell';

/** As react-admin's: nothing for the first second, which most reads take, then a spinner. */
const DELAY_MS = 1000;

/** A page's content that is still being read: a named spinner, once it has taken a while. */
export const PageLoading = () => {
  const { translate } = useShell();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!slow) return null;
  const text = translate('ra.page.loading');
  return (
    <Stack role="status" spacing={2} sx={{ alignItems: 'center', mt: 4 }}>
      <CircularProgress aria-label={text} />
      <Typography color="text.secondary">{text}</Typography>
    </Stack>
  );
};
