import { useEffect } from 'react';
import { useCheckAuth, useLocaleState, useLogin, useNavigate, useTranslate } from 'react-admin';
import type { Language } from '@pejling/contracts';
import { sessionExpired } from './authProvider';
import { SignInPage } from './SignInPage';

/**
 * The sign-in page inside the app (`#/login`): where react-admin sends someone whose
 * session ended, or who signed out. Afterwards react-admin returns to the page the person
 * was on (`useLogin` reads `nextPathname` from the location the sign-out left). A fresh
 * visit without a session gets the same form from main.tsx, before the app is loaded.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();

  // Already signed in (the address was typed or bookmarked): go on to the app.
  useEffect(() => {
    checkAuth({}, false).then(
      () => navigate('/'),
      () => undefined,
    );
  }, [checkAuth, navigate]);

  return (
    <SignInPage
      language={locale as Language}
      onLanguageChange={setLocale}
      translate={translate}
      expired={sessionExpired()}
      signIn={login}
    />
  );
};
