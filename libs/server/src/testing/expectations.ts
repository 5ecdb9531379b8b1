import type { Response } from 'supertest';
import { PLAN_TABLES, TestApp } from './test-app';

/** Every row of every plan table, to show that a refused request changed nothing. */
export async function databaseSnapshot(t: TestApp): Promise<Record<string, unknown[]>> {
  const tables = PLAN_TABLES.map(
    (table) => `'${table}', (SELECT coalesce(json_agg(r ORDER BY r), '[]') FROM ${table} r)`,
  );
  const [row] = await t.dataSource.query(
    `SELECT json_build_object(${tables.join(', ')}) AS snapshot`,
  );
  return row.snapshot;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The answer is the API's error shape with this status, and its message mentions `what`.
 * Compared as one object, so that a failure shows the whole answer.
 */
export function expectError(res: Response, status: number, what: string | RegExp): void {
  expect({ status: res.status, body: res.body }).toEqual({
    status,
    body: expect.objectContaining({
      statusCode: status,
      error: expect.any(String),
      message:
        typeof what === 'string' ? expect.stringContaining(what) : expect.stringMatching(what),
    }),
  });
}

/**
 * The answer names `field` as the culprit: its message has a `field: …` part, and a
 * validation error lists the field in `errors`.
 */
export function expectFieldError(res: Response, status: number, field: string): void {
  expectError(res, status, new RegExp(`(^|; )${escape(field)}: `));
  if (res.body.errors !== undefined) {
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  }
}

/** The total that `Content-Range: <resource> <start>-<end>/<total>` announces. */
export function totalOf(res: Response): number {
  return Number(String(res.headers['content-range']).split('/')[1]);
}

/** Ids of a list answer, in the order given. */
export function idsOf(res: Response): number[] {
  return (res.body as { id: number }[]).map((r) => r.id);
}
