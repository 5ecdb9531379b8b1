import { toSpreadsheetCell } from '@pejling/contracts';

/**
 * A record with every text in it, however deep, as a CSV cell may hold it: one that a
 * spreadsheet would run as a formula (`=HYPERLINK(…)` in a name) gets the contracts'
 * leading apostrophe. Other values stay as they are.
 */
export const spreadsheetSafe = (value: unknown): unknown => {
  if (typeof value === 'string') return toSpreadsheetCell(value);
  if (Array.isArray(value)) return value.map(spreadsheetSafe);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, spreadsheetSafe(inner)]),
    );
  }
  return value;
};
