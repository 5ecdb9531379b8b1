import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * The largest request body the API reads. The biggest legitimate one (a status report with
 * a long text) is a few kB; a larger body is refused with 413 before it is parsed.
 */
export const BODY_LIMIT = '256kb';

/**
 * JSON and form bodies up to `BODY_LIMIT`. Registered before `init()`, these parsers take
 * the place of the ones Nest would add with its default (100 kB) limit: Nest skips a
 * parser that the app already has, so `bodyParser: false` is not needed.
 */
export function limitBodies(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true });
}
