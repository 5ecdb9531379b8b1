import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  describeDatabaseError,
  isDatabaseUnavailable,
} from './database-errors';
import { BODY_LIMIT_BYTES, BodyError } from './security/body-limit';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** One entry per bad field, for validation errors. */
  errors?: { field: string; messages: string[] }[];
  /** With a 409 for a stale version: the record as it is now. */
  current?: unknown;
  /** With a 409 of an import: the records changed since its file was exported or previewed. */
  conflicts?: unknown[];
  /** With a 429 or 503: seconds to wait, also sent as the Retry-After header. */
  retryAfter?: number;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify's words for a request it refuses, where the API can say more. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: 'the path cannot be decoded: it holds a broken percent-encoding',
  FST_ERR_CTP_BODY_TOO_LARGE: `the body is too large: at most ${BODY_LIMIT_BYTES / 1024} kB`,
};

/**
 * Every error leaves the API as the same JSON shape. Database constraint violations that a
 * client can cause become 400 or 409 with a readable message; a database that cannot be
 * reached for now, 503 with `Retry-After`; anything unexpected is logged and answered 500
 * without internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode === 403) {
      // What someone tried and was not allowed: worth knowing in a plan many people touch.
      const request = host
        .switchToHttp()
        .getRequest<FastifyRequest & { actor?: { personId: number | null } }>();
      this.logger.warn(
        `refused ${request.method} ${request.url} for person ${request.actor?.personId ?? '-'}: ${body.message}`,
      );
    }
    if (isDatabaseUnavailable(exception)) {
      // An outage, not a bug: one line with the driver's words, no stack.
      const request = host.switchToHttp().getRequest<FastifyRequest>();
      this.logger.warn(
        `database unavailable, answered 503 to ${request.method} ${request.url}: ${(exception as Error).message}`,
      );
    } else if (body.statusCode >= 500) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : exception,
      );
    }
    if (body.retryAfter !== undefined) reply.header('Retry-After', String(body.retryAfter));
    // JSON whatever the route meant to answer (a calendar feed, a file).
    reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') {
        return { statusCode, error: STATUS_NAMES[statusCode] ?? exception.name, message: payload };
      }
      const p = payload as Partial<ErrorBody> & { message?: string | string[] };
      return {
        statusCode,
        error: p.error ?? STATUS_NAMES[statusCode] ?? exception.name,
        message: Array.isArray(p.message) ? p.message.join('; ') : (p.message ?? exception.message),
        ...(p.errors ? { errors: p.errors } : {}),
        ...(p.current !== undefined ? { current: p.current } : {}),
        ...(p.conflicts !== undefined ? { conflicts: p.conflicts } : {}),
        ...(p.retryAfter !== undefined ? { retryAfter: p.retryAfter } : {}),
      };
    }
    if (isClientRequestError(exception)) {
      // Refused before a route ran: a body too large, in an unknown charset, not JSON, …
      const statusCode = exception.statusCode;
      return {
        statusCode,
        error: STATUS_NAMES[statusCode] ?? exception.name,
        message: FASTIFY_MESSAGES[exception.code ?? ''] ?? exception.message,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      // A restart of Postgres, a network cut, a full pool: the pool makes new connections
      // by itself, so the same request will do in a moment.
      return {
        statusCode: 503,
        error: STATUS_NAMES[503],
        message: 'the database cannot be reached just now; try again in a few seconds',
        retryAfter: DATABASE_RETRY_AFTER_SECONDS,
      };
    }
    if (exception instanceof QueryFailedError) {
      const described = describeDatabaseError(exception.driverError as DatabaseError);
      if (described) return { ...described, error: STATUS_NAMES[described.statusCode] };
    }
    const statusCode = HttpStatus.INTERNAL_SERVER_ERROR;
    return { statusCode, error: STATUS_NAMES[statusCode], message: 'Internal server error' };
  }
}

type DatabaseError = Parameters<typeof describeDatabaseError>[0];

/**
 * An error about the request raised before Nest's route runs, whose message is meant for
 * the client: Fastify's own (`FST_…`: a body too large, a malformed URL) or the API's body
 * parsers'. A 4xx `statusCode`; any other error with a status is not trusted to say
 * nothing internal.
 */
function isClientRequestError(
  exception: unknown,
): exception is Error & { statusCode: number; code?: string } {
  const e = exception as { statusCode?: unknown; code?: unknown };
  return (
    exception instanceof Error &&
    (exception instanceof BodyError || (typeof e.code === 'string' && e.code.startsWith('FST_'))) &&
    typeof e.statusCode === 'number' &&
    e.statusCode >= 400 &&
    e.statusCode < 500
  );
}
