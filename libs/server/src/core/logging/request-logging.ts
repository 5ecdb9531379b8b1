import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  destination,
  levels,
  pino,
  type DestinationStream,
  type Logger,
  type LoggerOptions,
} from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import pinoPretty from 'pino-pretty';
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

/**
 * Nest's account of wiring itself up at every start (each module initialised, each route
 * mapped: some 200 lines), which says nothing an operator needs: logged at `debug`.
 */
const NEST_WIRING = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/** Whether a log call is Nest's wiring (nestjs-pino passes the context in its first argument). */
const isNestWiring = (first: unknown) =>
  typeof first === 'object' &&
  first !== null &&
  NEST_WIRING.has((first as { context?: string }).context ?? '');

/**
 * The process's one pino logger, at the configured level: JSON lines on stdout, or, in
 * development in a terminal, one readable line per event (pino-pretty).
 */
export function createRootLogger(
  config: Pick<AppConfig, 'logLevel' | 'env'>,
  stream?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level: pinoLevel(config),
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(args, method, level) {
        if (level === levels.values['info'] && isNestWiring(args[0])) {
          return this.debug(...(args as Parameters<Logger['debug']>));
        }
        return method.apply(this, args);
      },
    },
  };
  if (stream) return pino(options, stream);
  if (config.env !== 'development') return pino(options);
  // In development (`npm start`) each line is written at once, in this thread: the lines
  // keep their order with what the process prints itself, as `npm start` prints its
  // address after them. In a terminal, one readable line per event.
  const stdout = process.stdout.isTTY
    ? pinoPretty({
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname',
        singleLine: true,
        sync: true,
      })
    : destination({ dest: 1, sync: true });
  return pino(options, stdout);
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
 * not something to wake anyone for), a passing health check (ready or live) at `debug`.
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
      if (res.statusCode < 400 && urlOf(req).startsWith('/api/health')) return 'debug';
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
