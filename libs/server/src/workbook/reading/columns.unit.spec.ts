import { LANGUAGES } from '@pejling/contracts';
import { ROW_ID_HEADER, SHEETS } from '../sheets';
import { headerRole, IGNORED_HEADERS } from './columns';
import { normalise } from './words';

describe("a sheet's columns by their headers", () => {
  it.each(SHEETS.map((def) => [def.sheet, def] as const))(
    'knows each header of %s as one thing only, in either language',
    (_, def) => {
      const owner = new Map<string, string>();
      const claim = (header: string, what: string) => {
        const key = normalise(header);
        expect([key, owner.get(key) ?? what]).toEqual([key, what]);
        owner.set(key, what);
      };
      for (const column of def.columns) {
        for (const language of LANGUAGES) claim(column.header[language], `column ${column.key}`);
      }
      claim(ROW_ID_HEADER, 'row id');
      claim('ID', 'id');
      for (const header of IGNORED_HEADERS[def.sheet] ?? []) claim(header, 'ignored');
    },
  );

  it('reads a header in either language, case and spaces aside', () => {
    const milestones = SHEETS.find((def) => def.sheet === 'milestones');
    if (!milestones) throw new Error('milestones');
    expect(headerRole(milestones, '  TITEL ')).toEqual({
      role: 'value',
      column: expect.objectContaining({ key: 'title' }),
    });
    expect(headerRole(milestones, 'title')).toEqual(expect.objectContaining({ role: 'value' }));
    expect(headerRole(milestones, 'pejling-ID')).toEqual({ role: 'rowId' });
    expect(headerRole(milestones, 'id')).toEqual({ role: 'id' });
    expect(headerRole(milestones, 'Initiative  title')).toEqual({ role: 'ignored' });
    expect(headerRole(milestones, 'Overskredet')).toEqual({ role: 'ignored' });
    expect(headerRole(milestones, 'Farve')).toBeUndefined();
  });

  it("ignores the list exports' extra headers only in their own sheets", () => {
    const focusAreas = SHEETS.find((def) => def.sheet === 'focusAreas');
    if (!focusAreas) throw new Error('focusAreas');
    expect(headerRole(focusAreas, 'Overskredet')).toBeUndefined();
    expect(headerRole(focusAreas, 'Fremdrift (%)')).toBeUndefined();
  });
});
