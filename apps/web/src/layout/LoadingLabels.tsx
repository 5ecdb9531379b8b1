import { ThemeProvider, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Names every spinner and progress bar inside ("Indlæser", "Loading"): a progress bar
 * without a name tells a screen reader nothing. The theme outside is static; the name
 * follows the UI's language, so it is added here, inside react-admin's translation.
 */
export const LoadingLabels = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const named = { defaultProps: { 'aria-label': translate('ra.page.loading') } };
  return (
    <ThemeProvider
      theme={(outer: Theme) => ({
        ...outer,
        components: { ...outer.components, MuiCircularProgress: named, MuiLinearProgress: named },
      })}
    >
      {children}
    </ThemeProvider>
  );
};
