/**
 * Typed reads. A read spec names, for every field of the record type it returns, the SQL
 * that reads it and what kind of value that is (`Columns<R>`): the compiler then refuses a
 * spec that misses a field, adds one the type does not have, or reads a field as a kind its
 * type does not allow (a nullable column for a field that is never null). Each value is
 * checked and converted as it is read (numbers that Postgres sends as strings, instants
 * as Dates), so a column that does not hold what its kind says fails loudly in the tests
 * instead of reaching a client as the wrong type.
 */

/** How one field of a record is read. */
export interface Column<T> {
  /** The SQL expression; none: the main table's column named as the field, in snake_case. */
  readonly sql?: string;
  readonly decode: (raw: unknown, field: string) => T;
}

/** The columns of a record type: exactly one per field, each of the field's type. */
export type Columns<R> = { readonly [K in keyof R]-?: Column<R[K]> };

/** A value read that is not what its column's kind says: a bug in a read spec. */
export class ColumnTypeError extends Error {
  constructor(field: string, expected: string, raw: unknown) {
    super(`read of "${field}": expected ${expected}, got ${JSON.stringify(raw) ?? String(raw)}`);
  }
}

function column<T>(expected: string, accept: (raw: unknown) => T | undefined) {
  return (sql?: string): Column<T> => ({
    sql,
    decode: (raw, field) => {
      const value = raw === null ? undefined : accept(raw);
      if (value === undefined) throw new ColumnTypeError(field, expected, raw);
      return value;
    },
  });
}

/** Whole numbers; `bigint` and `count(*)` arrive as strings. */
const int = column('a whole number', (raw) => {
  const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  return Number.isSafeInteger(n) ? (n as number) : undefined;
});

/** Any number; `numeric` arrives as a string. */
const number = column('a number', (raw) => {
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
});

const text = column('text', (raw) => (typeof raw === 'string' ? raw : undefined));

const bool = column('true or false', (raw) => (typeof raw === 'boolean' ? raw : undefined));

/** A date without a time: the connection keeps them `YYYY-MM-DD` (core/database). */
const date = column('a date as YYYY-MM-DD', (raw) =>
  typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined,
);

/** An instant, as the ISO 8601 text the API shows. */
const instant = column('an instant', (raw) =>
  raw instanceof Date ? raw.toISOString() : typeof raw === 'string' ? raw : undefined,
);

/** A list of ids, as `ARRAY(SELECT …)` reads them. */
const ids = column('a list of whole numbers', (raw) =>
  Array.isArray(raw) && raw.every(Number.isSafeInteger) ? (raw as number[]) : undefined,
);

/** One of the values of an enumeration. */
const oneOf =
  <V extends string>(values: readonly V[]) =>
  (sql?: string): Column<V> =>
    column(`one of ${values.join(', ')}`, (raw) =>
      values.includes(raw as V) ? (raw as V) : undefined,
    )(sql);

/**
 * A value Postgres builds as JSON (`json_agg`, `json_build_object`, a `jsonb` column): its
 * shape is the SQL's, which the type names; only that it is there is checked.
 */
const json =
  <T>() =>
  (sql?: string): Column<T> =>
    column('a JSON value', (raw) => raw as T)(sql);

/** The same kind of column, which may also be NULL. */
export function nullable<T>(of: Column<T>): Column<T | null> {
  return { sql: of.sql, decode: (raw, field) => (raw === null ? null : of.decode(raw, field)) };
}

export const col = { int, number, text, bool, date, instant, ids, oneOf, json };

/** The fields every versioned record carries (`RecordMeta`). */
export const RECORD_META = {
  id: col.int(),
  version: col.int(),
  createdAt: col.instant(),
  updatedAt: col.instant(),
};

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The SQL of each field: its own, or the main table's column of the same name. */
export function columnSql(alias: string, field: string, column: Column<unknown>): string {
  return column.sql ?? `${alias}.${snake(field)}`;
}
