import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

/**
 * The frame of a page for someone who is not signed in: a card on react-admin's sign-in
 * background (its AuthLayout's look), with the language to read it in and a heading.
 * Without react-admin, so that the sign-in page can be drawn before the app is loaded.
 */
export const PublicCard = ({
  title,
  language,
  children,
}: {
  title: string;
  language: ReactNode;
  children: ReactNode;
}) => (
  <Box
    sx={{
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      minHeight: '100vh',
      backgroundImage: 'radial-gradient(circle at 50% 14em, #313264 0%, #00023b 60%, #00023b 100%)',
    }}
  >
    <Card sx={{ minWidth: 300, mt: '6em' }}>
      <CardContent sx={{ width: 340, maxWidth: '100%' }}>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>{language}</Box>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  </Box>
);
