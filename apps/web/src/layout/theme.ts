import type { Theme } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { ACCESSIBLE_PALETTE } from '../common/palette';

/** A focus ring that shows on every background, for keyboard users (WCAG 2.4.7). */
const focusRing = {
  '&.Mui-focusVisible, &:focus-visible': {
    outline: '3px solid currentColor',
    outlineOffset: '2px',
  },
};

/**
 * MUI's Checkbox gives an `aria-label` to its wrapping span, where it names nothing, and
 * leaves the checkbox itself unnamed; react-admin's row checkboxes pass theirs so. Every
 * checkbox here hands its label on to the input. A checkbox that passes its own
 * `slotProps.input` keeps it (MUI merges an object over this function).
 */
const checkboxLabelOnInput = {
  defaultProps: {
    slotProps: {
      root: () => ({ 'aria-label': undefined }),
      input: (ownerState: { 'aria-label'?: string }) => ({
        'aria-label': ownerState['aria-label'],
      }),
    },
  },
};

const accessible = (
  theme: RaThemeOptions,
  { palette, components }: Pick<RaThemeOptions, 'palette' | 'components'>,
): RaThemeOptions => ({
  ...theme,
  palette: { ...theme.palette, ...palette },
  components: {
    ...theme.components,
    MuiButtonBase: { styleOverrides: { root: focusRing } },
    MuiLink: { styleOverrides: { root: focusRing } },
    MuiCheckbox: checkboxLabelOnInput,
    // A disabled field's helper text says why it is disabled: it must stay readable.
    MuiFormHelperText: {
      styleOverrides: {
        root: ({ theme: { palette } }: { theme: Theme }) => ({
          '&.Mui-disabled': { color: palette.text.secondary },
        }),
      },
    },
    // react-admin draws its skip link white on the page's near-white: invisible when it
    // is focused, the only time it shows.
    RaSkipNavigationButton: {
      styleOverrides: {
        root: ({ theme: { palette } }: { theme: Theme }) => ({
          '&, &:hover': { backgroundColor: palette.primary.main, opacity: 1 },
        }),
      },
    },
    // Every list's bulk buttons out of the tab order, and out of a screen reader's sight,
    // while no row is selected: react-admin only squeezes its bulk toolbar to no height.
    RaDataTable: {
      styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } },
    },
    // Below md react-admin's "create" is a round button fixed over the page's bottom
    // right: room below each list, so that its last card and pages can scroll clear of it.
    RaList: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({
          [theme.breakpoints.down('md')]: { paddingBottom: theme.spacing(16) },
        }),
      },
    },
    // react-admin greys the text of "not found", "access denied" and an empty list too
    // faintly to read.
    RaNotFound: { styleOverrides: { root: { '& .RaNotFound-message': { opacity: 1 } } } },
    RaAccessDenied: { styleOverrides: { root: { '& .RaAccessDenied-message': { opacity: 1 } } } },
    RaEmpty: {
      styleOverrides: {
        root: ({ theme: { palette } }: { theme: Theme }) => ({
          '& .RaEmpty-message': { color: palette.text.secondary },
        }),
      },
    },
    ...components,
  },
});

/**
 * react-admin's themes, with contrast and focus made accessible: the app's (App.tsx adds
 * safe CSV exports) and the owner's frame's, which has no lists to export.
 */
export const lightTheme = accessible(defaultLightTheme, {
  palette: ACCESSIBLE_PALETTE,
  // The form toolbar's grey, lighter: react-admin's grey[300] leaves the red "Slet" at 3.8:1.
  components: { RaToolbar: { styleOverrides: { root: { backgroundColor: '#f5f5f5' } } } },
});
// Its own colours are light enough on its dark greys but for red: MUI's #f44336 reads at
// 2.7:1 on the form toolbar's grey ("Slet"); #ef9a9a at 4.7:1. The text on a coloured
// background (the timeline's "today", a toast) must reach 4.5:1 too.
// MUI lightens dark paper with a translucent gradient, a colour no contrast checker can
// read: the paper gets the solid grey that gradient gives a card (elevation 1) instead.
export const darkTheme = accessible(defaultDarkTheme, {
  palette: {
    contrastThreshold: ACCESSIBLE_PALETTE.contrastThreshold,
    error: { main: '#ef9a9a' },
    background: { ...defaultDarkTheme.palette?.background, paper: '#1e1e1e' },
  },
  components: { MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } } },
});
