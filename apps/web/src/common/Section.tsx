import { useId, type ReactNode } from 'react';
import { Divider, Stack, Typography } from '@mui/material';
import { useShell } from '../shell/shell';

/**
 * A part of a page under a rule and a heading (`title` is an i18n key, or a text that a
 * page with messages of its own translated already): a region named by its heading, so
 * that assistive technology (and a test) finds it by name.
 */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const { translate } = useShell();
  const headingId = useId();
  return (
    <Stack spacing={1.5} component="section" aria-labelledby={headingId}>
      <Divider />
      <Typography variant="h6" component="h2" id={headingId}>
        {translate(title, { _: title })}
      </Typography>
      {children}
    </Stack>
  );
};
