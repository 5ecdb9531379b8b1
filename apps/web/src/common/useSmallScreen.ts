import { useMediaQuery, type Theme } from '@mui/material';

/**
 * Below MUI's `md` breakpoint (900 px): phones and tablets held upright. There a list
 * shows its records as stacked cards (react-admin's `SimpleList`) instead of a table that
 * would make the page scroll sideways.
 */
export const useSmallScreen = (): boolean =>
  useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
