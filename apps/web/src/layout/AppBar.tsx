import { Box } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { DateBanner } from './DateBanner';

export const AppBar = () => (
  <RaAppBar>
    <TitlePortal />
    <Box sx={{ flexGrow: 0 }}>
      <DateBanner />
    </Box>
  </RaAppBar>
);
