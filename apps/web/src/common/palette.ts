/**
 * Colours dark enough for WCAG AA (4.5:1) wherever MUI and react-admin put them: white text
 * on the app bar, links, labels and text buttons on the page's greys and a filled field's.
 * react-admin's #2196f3 and MUI's #1976d2 fall short (3.1 and 4.0–4.2), as does MUI's red
 * (#d32f2f, 4.3 on a filled field). Used by the app's theme and by the sign-in page, which
 * is drawn before react-admin loads.
 */
export const ACCESSIBLE_BLUE = {
  main: '#1565c0',
  light: '#5e92f3',
  dark: '#003c8f',
  contrastText: '#fff',
};

export const ACCESSIBLE_PALETTE = {
  // The text MUI puts on a coloured background (a toast, a chip) reads at 4.5:1 at least:
  // MUI's default, 3, puts white on its orange and light blue.
  contrastThreshold: 4.5,
  primary: ACCESSIBLE_BLUE,
  secondary: ACCESSIBLE_BLUE,
  error: { main: '#c62828' },
};
