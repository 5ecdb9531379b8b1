import { createTheme, type Theme, useMediaQuery } from '@mui/material';
import { readRaStore } from '../boot/storedLanguage';
import { darkTheme, lightTheme } from '../layout/theme';

const LIGHT = createTheme(lightTheme);
const DARK = createTheme(darkTheme);

/**
 * The app's theme, light or dark as react-admin would choose it: the one last chosen in
 * the app (its store's `theme`), else the one the device prefers.
 */
export const useFrameTheme = (): Theme => {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const chosen = readRaStore('theme');
  const dark = chosen === 'dark' || (chosen !== 'light' && prefersDark);
  return dark ? DARK : LIGHT;
};
