import MenuIcon from '@mui/icons-material/Menu';
import { AppBar, Box, IconButton, Toolbar, Typography } from '@mui/material';
import type { Language } from '@pejling/contracts';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { DateBanner } from '../layout/DateBanner';
import { useShell } from '../shell/shell';
import { FrameUserMenu } from './FrameUserMenu';

/**
 * The app bar, as the app's: the menu (it opens the app, which has it), the page's title,
 * the fixed date of a demo, the language and the user menu.
 */
export const FrameBar = ({
  title,
  onOpenMenu,
  onChooseLanguage,
  onSignOut,
}: {
  title: string;
  onOpenMenu: () => void;
  onChooseLanguage: (language: Language) => void;
  onSignOut: () => void;
}) => {
  const { language, translate } = useShell();
  return (
    <AppBar position="sticky" color="secondary">
      <Toolbar variant="dense" sx={{ gap: 0.5, px: { xs: 0.5, sm: 1 } }}>
        <IconButton
          color="inherit"
          aria-label={translate('ra.action.open_menu')}
          onClick={onOpenMenu}
        >
          <MenuIcon />
        </IconButton>
        <Typography
          variant="h6"
          component="h1"
          color="inherit"
          sx={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {title}
        </Typography>
        <Box sx={{ flexGrow: 0 }}>
          <DateBanner />
        </Box>
        <LanguagePicker
          language={language}
          label={translate('pejling.action.choose_language')}
          onChoose={onChooseLanguage}
        />
        <FrameUserMenu onSignOut={onSignOut} />
      </Toolbar>
    </AppBar>
  );
};
