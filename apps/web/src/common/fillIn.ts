import type { ReactNode } from 'react';

/**
 * A message with parts that are elements rather than text (a figure that is a link): its
 * `%{name}` placeholders, which translate leaves as they are when given no value, filled
 * with `values`, the words between kept as the language has them.
 */
export const fillIn = (message: string, values: Record<string, ReactNode>): ReactNode[] =>
  message
    .split(/%\{(\w+)\}/)
    .map((part, index) => (index % 2 === 1 ? (values[part] ?? `%{${part}}`) : part))
    .filter((part) => part !== '');
