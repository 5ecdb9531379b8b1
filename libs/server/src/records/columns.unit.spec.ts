import type { MilestoneStatus } from '@pejling/contracts';
import { col, ColumnTypeError, columnSql, Columns, nullable, RECORD_META } from './columns';

const read = <T>(column: { decode: (raw: unknown, field: string) => T }, raw: unknown) =>
  column.decode(raw, 'field');

describe('typed read columns', () => {
  it('turn what Postgres sends into the record’s types', () => {
    expect(read(col.int(), 7)).toBe(7);
    // bigint and count(*) arrive as strings
    expect(read(col.int(), '9007199254740991')).toBe(9007199254740991);
    expect(read(col.number(), '12.50')).toBe(12.5);
    expect(read(col.text(), 'A.1')).toBe('A.1');
    expect(read(col.bool(), false)).toBe(false);
    expect(read(col.date(), '2017-06-15')).toBe('2017-06-15');
    expect(read(col.instant(), new Date('2017-06-15T08:30:00Z'))).toBe('2017-06-15T08:30:00.000Z');
    expect(read(col.ids(), [3, 5])).toEqual([3, 5]);
    expect(read(col.oneOf(['green', 'red'])(), 'red')).toBe('red');
    expect(read(col.json<{ a: number }[]>()(), [{ a: 1 }])).toEqual([{ a: 1 }]);
  });

  it('refuse a value that is not of their kind, naming the field', () => {
    const refused: [ReturnType<typeof col.int>, unknown][] = [
      [col.int(), '12.5'],
      [col.int(), 'x'],
      [col.int(), 2 ** 60],
    ];
    for (const [column, raw] of refused) expect(() => read(column, raw)).toThrow(ColumnTypeError);
    expect(() => read(col.number(), '')).toThrow(ColumnTypeError);
    expect(() => read(col.text(), 5)).toThrow(ColumnTypeError);
    expect(() => read(col.bool(), 'true')).toThrow(ColumnTypeError);
    expect(() => read(col.date(), '2017-6-15')).toThrow(ColumnTypeError);
    expect(() => read(col.ids(), [1, '2'])).toThrow(ColumnTypeError);
    expect(() => read(col.oneOf(['green', 'red'])(), 'blue')).toThrow(
      'read of "field": expected one of green, red, got "blue"',
    );
  });

  it('refuse NULL unless the column is nullable', () => {
    expect(() => read(col.int(), null)).toThrow(
      'read of "field": expected a whole number, got null',
    );
    expect(() => read(col.json()(), null)).toThrow(ColumnTypeError);
    expect(read(nullable(col.int()), null)).toBeNull();
    expect(read(nullable(col.int()), '4')).toBe(4);
  });

  it('read the main table’s column of the field’s name unless given SQL', () => {
    expect(columnSql('m', 'responsiblePersonId', col.int())).toBe('m.responsible_person_id');
    expect(columnSql('m', 'focusAreaId', col.int('i.focus_area_id'))).toBe('i.focus_area_id');
    expect(columnSql('m', 'overdue', nullable(col.bool('m.x')))).toBe('m.x');
  });

  it('are checked against the record type by the compiler', () => {
    interface Row {
      id: number;
      version: number;
      createdAt: string;
      updatedAt: string;
      title: string;
      status: MilestoneStatus;
      completedOn: string | null;
    }
    const good: Columns<Row> = {
      ...RECORD_META,
      title: col.text(),
      status: col.oneOf(['planned', 'done'] as const)(),
      completedOn: nullable(col.date()),
    };
    // @ts-expect-error a field of the record without a column
    const missing: Columns<Row> = { ...RECORD_META, title: col.text(), status: good.status };
    const wrong: Columns<Row> = {
      ...good,
      // @ts-expect-error a nullable column for a field that is never null
      title: nullable(col.text()),
    };
    const extra: Columns<Row> = {
      ...good,
      // @ts-expect-error a column the record type does not have
      subtitle: col.text(),
    };
    // @ts-expect-error text where the type allows only the statuses
    const loose: Columns<Row> = { ...good, status: col.text() };
    expect([missing, wrong, extra, loose]).toHaveLength(4);
  });
});
