import { lazy, Suspense } from 'react';
import { CssBaseline } from '@mui/material';
import { useStoredLanguage } from './storedLanguage';

/** The statement is a chunk of its own: the sign-in page does not carry it. */
const AccessibilityStatement = lazy(() =>
  import('../auth/AccessibilityStatement').then((module) => ({
    default: module.AccessibilityStatement,
  })),
);

/**
 * The accessibility statement before the app is loaded, for anyone, signed in or not: in
 * the language of the sign-in page, where react-admin keeps it.
 */
export const BootStatement = () => {
  const [language, setLanguage] = useStoredLanguage();
  return (
    <>
      <CssBaseline />
      <Suspense fallback={null}>
        <AccessibilityStatement language={language} onLanguageChange={setLanguage} />
      </Suspense>
    </>
  );
};
