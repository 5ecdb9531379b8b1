import { createTheme, type Theme, useMediaQuery } from '@mui/material';
import { readRaStore } from '../common/raStore';
import { darkTheme, lightTheme } from '../layout/theme';

// Made when first needed: making a theme takes a phone's CPU a while, and most never need
// the dark one.
const themes: { light?: Theme; dark?: Theme } = {};
const themeFor = (mode: 'light' | 'dark'): Theme =>
  (themes[mode] ??= createTheme(mode === 'dark' ? darkTheme : lightTheme));

/**
 * The app's theme, light or dark as react-admin would choose it: the one last chosen in
 * the app (its store's `theme`), else the one the device prefers.
 */
export const useFrameTheme = (): Theme => {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const chosen = readRaStore('theme');
  const dark = chosen === 'dark' || (chosen !== 'light' && prefersDark);
  return themeFor(dark ? 'dark' : 'light');
};
