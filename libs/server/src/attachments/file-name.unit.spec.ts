import { MAX_FILE_NAME_LENGTH, safeFileName } from './file-name';

const PDF = ['.pdf'];
const JPEG = ['.jpg', '.jpeg'];
const TEXT = ['.txt', '.csv'];

describe('safeFileName', () => {
  it.each([
    ['a plain name', 'referat.pdf', 'referat.pdf', PDF],
    ['Danish letters, kept', 'Årsrapport for Ærø.pdf', 'Årsrapport for Ærø.pdf', PDF],
    ['a Unix path', '/home/anna/../../etc/referat.pdf', 'referat.pdf', PDF],
    ['a Windows path', 'C:\\Users\\anna\\Desktop\\referat.pdf', 'referat.pdf', PDF],
    ['a mixed path', 'a/b\\c/referat.pdf', 'referat.pdf', PDF],
    ['control characters', 're\u0000fe\u0007rat\r\n\u009b.pdf', 'referat.pdf', PDF],
    [
      'a right-to-left override disguising the extension',
      'invoice\u202Efdp.exe',
      'invoicefdp.exe.pdf',
      PDF,
    ],
    [
      'every direction mark',
      '\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069h\u200Ei\u200Fj\u061Ck.pdf',
      'abcdefghijk.pdf',
      PDF,
    ],
    ['spaces around it', '   referat.pdf \t', 'referat.pdf', PDF],
    ['spaces and dots before the extension', 'referat .. .pdf', 'referat.pdf', PDF],
    ['an extension in capitals', 'FOTO.JPG', 'FOTO.jpg', JPEG],
    ['either of its extensions', 'foto.jpeg', 'foto.jpeg', JPEG],
    ['an extension of another kind', 'notes.html', 'notes.html.txt', TEXT],
    ['no extension', 'referat', 'referat.pdf', PDF],
    ['a trailing dot', 'referat.', 'referat.pdf', PDF],
    ['nothing', '', 'attachment.pdf', PDF],
    ['no name at all', undefined, 'attachment.txt', TEXT],
    ['only a path', 'a/b/', 'attachment.pdf', PDF],
    ['only the extension', '.pdf', 'attachment.pdf', PDF],
    ['only what is taken out', '\u202E\u0000 \t', 'attachment.pdf', PDF],
  ])('%s: %j becomes %j', (_what, raw, expected, extensions) => {
    expect(safeFileName(raw, extensions)).toBe(expected);
  });

  it('cuts a long name to its limit, keeping the extension and whole characters', () => {
    const name = safeFileName(`${'æ'.repeat(200)}.pdf`, PDF);
    expect(name).toBe(`${'æ'.repeat(MAX_FILE_NAME_LENGTH - 4)}.pdf`);
    const emoji = safeFileName(`${'😀'.repeat(200)}.pdf`, PDF);
    expect([...emoji]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji.endsWith('😀.pdf')).toBe(true);
  });

  it('writes a name as one composed form (NFC)', () => {
    expect(safeFileName('A\u030Arsrapport.pdf', PDF)).toBe('Årsrapport.pdf');
  });
});
