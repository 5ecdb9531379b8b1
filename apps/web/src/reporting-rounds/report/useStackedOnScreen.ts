import { useMediaQuery, type Theme } from '@mui/material';

/**
 * `useSmallScreen` for what is printed too (the round's report, its figures): true on the
 * screen of a phone or an upright tablet, where a table stacks; never on paper, which is
 * as narrow as a tablet but where the table reads well and the printed report keeps its
 * one look.
 */
export const useStackedOnScreen = (): boolean =>
  useMediaQuery(
    (theme: Theme) => theme.breakpoints.down('md').replace('@media', '@media screen and'),
    { noSsr: true },
  );
