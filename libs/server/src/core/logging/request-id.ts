import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The header a request id arrives in (from a proxy or a client) and is answered in. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * What an incoming id may look like to be kept: a short token (a UUID, a proxy's id).
 * Anything else (long, with spaces, quotes or line breaks, or the header given twice) is
 * replaced, so that a client cannot put arbitrary text into the logs.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The incoming `X-Request-Id` if it is sane, else a new random one. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The request's id, assigned once: kept on `req.id` (where pino-http looks for it) and
 * echoed in the response's `X-Request-Id`, so that a user's report can be matched to the
 * log lines of that request.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const r = req as IncomingMessage & { id?: unknown };
  if (typeof r.id !== 'string') r.id = requestIdFor(req);
  const id = r.id as string;
  if (!res.headersSent && !res.hasHeader(REQUEST_ID_HEADER)) res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Gives every request its id; mounted before anything else that can answer. */
export function requestIdMiddleware() {
  return function requestId(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    assignRequestId(req, res);
    next();
  };
}
