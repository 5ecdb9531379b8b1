type Values = Record<string, unknown> | null | undefined;

/** Bookkeeping that changes with every write: not a change anyone made. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'editedAt']);

const isEmpty = (value: unknown) =>
  value == null || value === '' || (Array.isArray(value) && value.length === 0);

const same = (a: unknown, b: unknown) =>
  (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose values differ between two versions of a record, in the order met. */
export const changedFields = (before: Values, after: Values): FieldChange[] =>
  [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((field) => !BOOKKEEPING.has(field) && !same(before?.[field], after?.[field]))
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }));
