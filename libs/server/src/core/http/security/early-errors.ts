import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NextFunction, Request, Response } from 'express';
import { HttpExceptionFilter } from '../http-exception.filter';

/**
 * Answers an error from the middleware that runs before Nest's (the body parsers: a body
 * too large, malformed JSON, an unknown charset) with the API's own error shape, through
 * the same filter as every other error.
 *
 * Left to Express, such an error would travel past Nest's routes to the first error
 * handler, and in the API that is ServeStaticModule's: it answers every error on an
 * excluded path (`/api/...`) with 404 "Cannot POST …", so a 413 or 400 would never reach
 * the client. Mounted right after the body parsers, this handler sees only their errors.
 */
export function answerEarlyErrors() {
  const filter = new HttpExceptionFilter();
  return function earlyErrors(err: unknown, req: Request, res: Response, next: NextFunction) {
    if (res.headersSent) return next(err);
    filter.catch(err, new ExecutionContextHost([req, res, next]));
  };
}
