import { useId, useState } from 'react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import LanguageIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { LANGUAGES, type Language } from '@pejling/contracts';
import { LANGUAGE_NAMES } from './signInMessages';

/**
 * The UI language, chosen from a menu; each language named in itself. Without react-admin,
 * so that the sign-in page can show it before the app is loaded; the app bar's
 * LanguageMenu wraps it. `label` says what the button is for ("Sprog").
 */
export const LanguagePicker = ({
  language,
  label,
  onChoose,
}: {
  language: string;
  label: string;
  onChoose: (language: Language) => void;
}) => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const name = LANGUAGE_NAMES[language as Language] ?? language;

  const choose = (next: Language) => {
    setAnchor(null);
    if (next !== language) onChoose(next);
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<LanguageIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
        aria-label={`${label}: ${name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        // On a phone the icon alone (its name is in the label), so that the app bar fits.
        sx={{ minWidth: 0, '& .language-name': { display: { xs: 'none', sm: 'inline' } } }}
      >
        <span className="language-name">{name}</span>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((option) => (
          <MenuItem
            key={option}
            lang={option}
            selected={option === language}
            onClick={() => choose(option)}
          >
            {LANGUAGE_NAMES[option]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
