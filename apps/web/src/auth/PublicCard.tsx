import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { ACCESSIBLE_BLUE } from '../common/palette';

/**
 * The frame of a page for someone who is not signed in: a card on react-admin's sign-in
 * background (its AuthLayout's look), with the language to read it in and a heading; the
 * whole of it is the page's main landmark. `wide`: a card for a text to read (the
 * accessibility statement) rather than a form. Without react-admin, so that the sign-in
 * page can be drawn before the app is loaded.
 */
export const PublicCard = ({
  title,
  language,
  wide,
  children,
}: {
  title: string;
  language: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) => (
  <Box
    component="main"
    sx={{
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      minHeight: '100vh',
      backgroundImage: 'radial-gradient(circle at 50% 14em, #313264 0%, #00023b 60%, #00023b 100%)',
    }}
  >
    <Card
      sx={{
        minWidth: 300,
        mt: '6em',
        ...(wide && { width: 720, maxWidth: '100%', mb: '2em' }),
        // Before react-admin loads there is no app theme: MUI's blue on a focused field's
        // grey is 4.0:1, the app's reads at 4.5:1 or more.
        '& .MuiInputLabel-root.Mui-focused': { color: ACCESSIBLE_BLUE.main },
      }}
    >
      <CardContent sx={{ width: wide ? 'auto' : 340, maxWidth: '100%' }}>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>{language}</Box>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  </Box>
);
