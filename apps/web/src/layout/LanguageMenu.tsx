import { useId, useState } from 'react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import LanguageIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { useLocales, useLocaleState, useTranslate } from 'react-admin';

/**
 * The UI language, chosen from a menu. With `persist` (the app bar: to the person's
 * profile) the choice is stored first, and the language changes once it is: changing it
 * remounts react-admin's tree, which would lose a notification of a failed save.
 */
export const LanguageMenu = ({ persist }: { persist?: (locale: string) => Promise<boolean> }) => {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current = languages.find((language) => language.locale === locale);

  const choose = async (next: string) => {
    setAnchor(null);
    if (next === locale || (persist && !(await persist(next)))) return;
    setLocale(next);
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<LanguageIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
        aria-label={`${translate('pejling.action.choose_language')}: ${current?.name ?? locale}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {current?.name ?? locale}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            lang={language.locale}
            selected={language.locale === locale}
            onClick={() => choose(language.locale)}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
