import { CssBaseline } from '@mui/material';
import type { Me } from '@pejling/contracts';
import { signInWithPassword } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { signInTranslator } from '../i18n/signInMessages';
import { setUiLanguage } from '../i18n/uiLanguage';
import { useStoredLanguage } from './storedLanguage';

/**
 * The sign-in page before the app is loaded: its texts come from signInMessages.ts, its
 * language from where react-admin keeps it. `onSignedIn` loads the app.
 */
export const BootSignIn = ({ onSignedIn }: { onSignedIn: (me: Me) => Promise<void> }) => {
  const [language, setLanguage] = useStoredLanguage();
  const translate = signInTranslator(language);
  // The server is asked in the language the page is read in, as LocaleSync does in the app.
  setUiLanguage(language, translate);

  return (
    <>
      <CssBaseline />
      <SignInPage
        language={language}
        onLanguageChange={setLanguage}
        translate={translate}
        signIn={async ({ email, password }) =>
          onSignedIn(await signInWithPassword(email, password))
        }
      />
    </>
  );
};
