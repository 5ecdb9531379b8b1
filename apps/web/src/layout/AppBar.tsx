import { Box } from '@mui/material';
import { LoadingIndicator, AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { DateBanner } from './DateBanner';
import { useSaveLanguage } from './saveLanguage';
import { UserMenu } from './UserMenu';

/** react-admin's toolbar, with a language menu that saves the choice to the profile. */
const Toolbar = () => {
  const saveLanguage = useSaveLanguage();
  return (
    <>
      <LanguageMenu persist={saveLanguage} />
      <LoadingIndicator />
    </>
  );
};

export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />} userMenu={<UserMenu />}>
    <TitlePortal />
    <Box sx={{ flexGrow: 0 }}>
      <DateBanner />
    </Box>
  </RaAppBar>
);
