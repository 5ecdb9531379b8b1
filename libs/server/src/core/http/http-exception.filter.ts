import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { describeDatabaseError } from './database-errors';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** One entry per bad field, for validation errors. */
  errors?: { field: string; messages: string[] }[];
  /** With a 409 for a stale version: the record as it is now. */
  current?: unknown;
  /** With a 429: seconds to wait, also sent as the Retry-After header. */
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
};

/**
 * Every error leaves the API as the same JSON shape. Database constraint violations that a
 * client can cause become 400 or 409 with a readable message; anything unexpected is logged
 * and answered 500 without internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 403) {
      // What someone tried and was not allowed: worth knowing in a plan many people touch.
      const request = host
        .switchToHttp()
        .getRequest<Request & { actor?: { personId: number | null } }>();
      this.logger.warn(
        `refused ${request.method} ${request.originalUrl} for person ${request.actor?.personId ?? '-'}: ${body.message}`,
      );
    }
    if (body.statusCode >= 500) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : exception,
      );
    }
    if (body.retryAfter !== undefined) response.setHeader('Retry-After', String(body.retryAfter));
    response.status(body.statusCode).json(body);
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
        ...(p.retryAfter !== undefined ? { retryAfter: p.retryAfter } : {}),
      };
    }
    if (isClientHttpError(exception)) {
      // body-parser refused the body before Nest saw it: too large, an unknown charset, …
      const statusCode = exception.status;
      return {
        statusCode,
        error: STATUS_NAMES[statusCode] ?? exception.name,
        message: exception.message,
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
 * An `http-errors` error about the request (what Express middleware such as body-parser
 * throws): a 4xx status, and `expose` set because its message is meant for the client.
 */
function isClientHttpError(exception: unknown): exception is Error & { status: number } {
  const e = exception as { status?: unknown; expose?: unknown };
  return (
    exception instanceof Error &&
    e.expose === true &&
    typeof e.status === 'number' &&
    e.status >= 400 &&
    e.status < 500
  );
}
