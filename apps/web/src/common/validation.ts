/** Text fields that are strings, never null, in the records: keep an emptied field as ''. */
export const keepEmptyString = (value: string | null | undefined): string => value ?? '';

/** An end date may not come before the start date in the same form. */
export const notBefore =
  (otherSource: string, message: string) =>
  (value: unknown, allValues: Record<string, unknown>): string | undefined => {
    const other = allValues[otherSource];
    return typeof value === 'string' && typeof other === 'string' && value && other && value < other
      ? message
      : undefined;
  };

/** A number of days and the like: no fractions. */
export const wholeNumber = (value: unknown): string | undefined =>
  typeof value === 'number' && !Number.isInteger(value)
    ? 'pejling.validation.whole_number'
    : undefined;
