/**
 * For a box around a table that may be wider than a phone: the table scrolls sideways by
 * itself, and its width (contained, `inline-size`) does not widen the card and the page
 * around it.
 */
export const SCROLLS_ALONE = { overflowX: 'auto', containerType: 'inline-size' } as const;
