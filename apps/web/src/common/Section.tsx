import type { ReactNode } from 'react';
import { Divider, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A part of a page under a rule and a heading (`title` is an i18n key). */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5} component="section">
      <Divider />
      <Typography variant="h6" component="h2">
        {translate(title)}
      </Typography>
      {children}
    </Stack>
  );
};
