import { defaultExporter, type Exporter, type RaThemeOptions } from 'react-admin';
import { spreadsheetSafe } from './spreadsheetSafe';

/** react-admin's CSV export of a list, with the texts made safe first. */
const spreadsheetSafeExporter: Exporter = (records, ...rest) =>
  defaultExporter(records.map(spreadsheetSafe), ...rest);

/**
 * A theme whose lists export with `spreadsheetSafeExporter` unless they say otherwise:
 * react-admin's `<List>` takes its default props from the theme (`RaList`), so every list
 * of the app, present and future, writes safe CSV without each having to ask for it.
 */
export const withSpreadsheetSafeExports = (theme: RaThemeOptions): RaThemeOptions => ({
  ...theme,
  components: {
    ...theme.components,
    RaList: {
      ...theme.components?.['RaList'],
      defaultProps: {
        ...theme.components?.['RaList']?.defaultProps,
        exporter: spreadsheetSafeExporter,
      },
    },
  },
});
