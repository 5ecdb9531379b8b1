import type { Actor } from './actor';

/**
 * What a plan brought in from a workbook carries that no request body may set: the
 * record's history as the workbook kept it (a milestone's original due date, which leads
 * of an initiative are Pejling's reading, a figure's approval). The import puts it on the
 * write's body under this symbol, which no JSON body can carry; a service honours it only
 * from the secretariat, whose import it is.
 */
export const TRANSFERRED = Symbol('transferred from a workbook');

export type WithTransferred<T> = { [TRANSFERRED]?: T };

/** The values a write's body carries from a workbook, if the actor may bring them. */
export function transferredOf<T>(body: unknown, actor: Actor | undefined): T | undefined {
  if (actor?.role !== 'secretariat' || body === null || typeof body !== 'object') return undefined;
  return (body as WithTransferred<T>)[TRANSFERRED];
}
