/**
 * Initiatives in the order of their codes as people read them (A.2 before A.10), for an
 * ORDER BY: `code` is the SQL expression holding the code.
 */
export function initiativeCodeOrder(code = 'i.code'): string {
  return `split_part(${code}, '.', 1), lpad(split_part(${code}, '.', 2), 4, '0')`;
}
