import type { ReactNode } from 'react';
import { Box, CardContent, Typography } from '@mui/material';
import { AuthLayout, useTranslate } from 'react-admin';
import { LanguageMenu } from '../layout/LanguageMenu';
import { LocaleSync } from '../layout/LocaleSync';

/**
 * A page for someone who is not signed in (signing in, choosing a first password): a card
 * with a heading, the language to read it in, and the content.
 */
export const PublicPage = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <LocaleSync>
      <AuthLayout>
        <CardContent sx={{ width: 340, maxWidth: '100%' }}>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
            <LanguageMenu />
          </Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate(title)}
          </Typography>
          {children}
        </CardContent>
      </AuthLayout>
    </LocaleSync>
  );
};
