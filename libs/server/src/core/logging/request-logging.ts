import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AppConfig } from '../config/config';
import { pinoLevel } from './log-level';
import { assignRequestId } from './request-id';

/**
 * Never written to a log, whatever object a log call is given: credentials travel in
 * these. The request logger below logs no headers at all; this is the second line.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'password',
  '*.password',
  'token',
  '*.token',
];

/** The process's one pino logger: JSON lines on stdout, at the configured level. */
export function createRootLogger(
  config: Pick<AppConfig, 'logLevel' | 'env'>,
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level: pinoLevel(config),
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

type Request = IncomingMessage & { originalUrl?: string };

const urlOf = (req: Request) => req.originalUrl ?? req.url ?? '';

/** pino-http's error for a 5xx answer that threw nothing: it says no more than the status. */
const isStatusOnlyError = (err: unknown, res: ServerResponse) =>
  err instanceof Error && err.message === `failed with status code ${res.statusCode}`;

/**
 * One line per request, when its answer is finished:
 * `{"requestId":"…","req":{"method":"GET","url":"/api/…"},"res":{"statusCode":200},
 * "responseTime":3,"msg":"GET /api/… 200"}`. No headers (so no cookies or
 * Authorization), no bodies. 5xx at `error`, everything else at `info` (a client's 4xx is
 * not something to wake anyone for), a passing health check at `debug`.
 */
export function createRequestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: assignRequestId,
    customAttributeKeys: { reqId: 'requestId' },
    // Loggers bound to the request (what the app logs while serving it) carry the id only.
    quietReqLogger: true,
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      if (res.statusCode < 400 && urlOf(req) === '/api/health') return 'debug';
      return 'info';
    },
    customSuccessMessage: (req, res) =>
      `${req.method} ${urlOf(req)} ${res.statusCode}${res.writableEnded ? '' : ' (aborted)'}`,
    customErrorMessage: (req, res) => `${req.method} ${urlOf(req)} ${res.statusCode}`,
    // The exception itself is logged, with its stack, by the exception filter.
    customErrorObject: (_req, res, err, value: Record<string, unknown>) => {
      if (!isStatusOnlyError(err, res)) return value;
      const rest = { ...value };
      delete rest['err'];
      return rest;
    },
  });
}
