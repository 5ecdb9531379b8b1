import { toCsv } from '../../export/table-files';
import { csvTable } from './csv-table';
import { UnreadableFile } from './unreadable-file';

const table = (text: string | Buffer) =>
  csvTable(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, 'Milepæle', 'da');

describe('a CSV file as a table', () => {
  it('reads a comma-separated file, the header as row 1', () => {
    expect(table('Kode,Titel\nA,Grøn omstilling\nB,Vand\n')).toEqual({
      name: 'Milepæle',
      header: ['Kode', 'Titel'],
      rows: [
        { row: 2, cells: ['A', 'Grøn omstilling'] },
        { row: 3, cells: ['B', 'Vand'] },
      ],
      merges: [],
    });
  });

  it("reads a semicolon-separated file, as Danish Excel writes it, commas in it's fields", () => {
    expect(table('Kode;Titel;Mål\r\nA;Vand, luft og jord;1,5\r\n').rows).toEqual([
      { row: 2, cells: ['A', 'Vand, luft og jord', '1,5'] },
    ]);
  });

  it('tells the separator by the header line outside its quotes', () => {
    expect(table('"Kode;x",Titel\nA;1,B\n').header).toEqual(['Kode;x', 'Titel']);
    expect(table('"Kode,x";Titel\nA,1;B\n').header).toEqual(['Kode,x', 'Titel']);
  });

  it('drops a UTF-8 byte order mark, and reads UTF-8 without one', () => {
    expect(table('\uFEFFTitel\nÆblegrød\n')).toEqual(
      expect.objectContaining({ header: ['Titel'], rows: [{ row: 2, cells: ['Æblegrød'] }] }),
    );
    expect(table('Titel\nÆblegrød\n').header).toEqual(['Titel']);
  });

  it('reads a file in Windows-1252 (æ, ø, å) that is not UTF-8', () => {
    const file = Buffer.from('Titel;Beskrivelse\nÆrø;Får og søer på Ærø\n', 'latin1');
    expect(table(file).rows).toEqual([{ row: 2, cells: ['Ærø', 'Får og søer på Ærø'] }]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, rows numbered as a spreadsheet does', () => {
    const file =
      'Titel,Beskrivelse\r\n"Møde, første","Linje 1\r\nLinje 2 med ""citat"""\r\nNæste,x\r\n';
    expect(table(file).rows).toEqual([
      { row: 2, cells: ['Møde, første', 'Linje 1\r\nLinje 2 med "citat"'] },
      { row: 3, cells: ['Næste', 'x'] },
    ]);
  });

  it('keeps blank lines and short rows, numbered', () => {
    expect(table('Kode,Titel\n\nA\n').rows).toEqual([
      { row: 2, cells: [''] },
      { row: 3, cells: ['A'] },
    ]);
  });

  it("takes off the apostrophe Pejling's CSV export puts before a formula-like text", () => {
    const rows = table(
      'Titel,Beskrivelse\n\'=HYPERLINK("x"),\'+45 12 34 56 78\n\'citat,"\' =1"\n',
    ).rows;
    expect(rows.map(({ cells }) => cells)).toEqual([
      ['=HYPERLINK("x")', '+45 12 34 56 78'],
      ["'citat", ' =1'],
    ]);
  });

  it("reads back what Pejling's CSV export wrote", () => {
    const written = {
      title: 'Milepæle',
      headers: ['ID', 'Titel', 'Frist'],
      rows: [
        [12, '=1+1', { date: '2017-06-15' }],
        [13, 'Møde "om" vand,\nog jord', null],
      ],
    };
    expect(table(toCsv(written)).rows.map(({ cells }) => cells)).toEqual([
      ['12', '=1+1', '2017-06-15'],
      ['13', 'Møde "om" vand,\nog jord', ''],
    ]);
  });

  it('refuses a file with a quote that is never closed, naming its row', () => {
    const file = 'Titel\n"Linje 1\nLinje 2"\n"Møde\nmere\n';
    expect(() => table(file)).toThrow(UnreadableFile);
    expect(() => table(file)).toThrow('CSV-filen kan ikke læses (fejl i række 3)');
  });
});
