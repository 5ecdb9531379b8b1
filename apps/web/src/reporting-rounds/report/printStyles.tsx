import { GlobalStyles } from '@mui/material';

/**
 * How a report page prints: only the document. The app bar, the menu and every button
 * (`.no-print`) are left out; each focus area starts a new page (`.report-page-break`);
 * a heading stays with what follows it (`.report-keep`); a table that scrolls in its box
 * on a screen prints whole; colours print as on screen, so that the traffic lights keep
 * theirs beside their words.
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4', margin: '16mm 14mm' },
      '@media print': {
        body: {
          backgroundColor: '#fff',
          printColorAdjust: 'exact',
          WebkitPrintColorAdjust: 'exact',
        },
        '.MuiAppBar-root, .MuiDrawer-root, .MuiDrawer-docked, .MuiSnackbar-root, .no-print': {
          display: 'none !important',
        },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content, .RaLayout-contentWithSidebar': {
          padding: '0 !important',
          margin: '0 !important',
        },
        '.report-document': { boxShadow: 'none !important', padding: '0 !important' },
        '.report-page-break': { breakBefore: 'page' },
        '.report-keep, h2, h3, h4': { breakInside: 'avoid', breakAfter: 'avoid' },
        '.MuiChip-root': { border: '1px solid currentColor' },
        // A table scrolls in its box on a screen; on paper, it is printed whole.
        '.scroll-region': { overflow: 'visible !important', containerType: 'normal !important' },
      },
    }}
  />
);
