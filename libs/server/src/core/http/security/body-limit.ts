import { parse as parseForm } from 'node:querystring';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/**
 * The largest request body the API reads. The biggest legitimate one (a status report with
 * a long text) is a few kB; a larger body is refused with 413 before it is read whole.
 * Fastify's `bodyLimit` (see `createHttpAdapter`) enforces it.
 */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** A body the API will not read: an error that carries its 4xx status to the filter. */
export class BodyError extends Error {
  constructor(
    readonly statusCode: 400 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The charset a body declares, lower case; none means UTF-8. */
function charsetOf(request: FastifyRequest): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '');
  return match?.[1].toLowerCase();
}

function assertUtf8(request: FastifyRequest): void {
  const charset = charsetOf(request);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new BodyError(415, `unsupported charset "${charset.toUpperCase()}": send UTF-8`);
  }
}

/**
 * A JSON body: UTF-8 only (415 otherwise); an object or an array, as a record or a list of
 * changes is (400 otherwise); an empty body is an empty object, so that a POST that needs
 * no body may still say it sends JSON.
 */
export function parseJsonBody(request: FastifyRequest, body: Buffer): unknown {
  assertUtf8(request);
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null) {
    throw new BodyError(400, 'the body must be a JSON object or array');
  }
  return value;
}

/**
 * The body parsers the API takes: JSON (`parseJsonBody`) and forms (the one-click
 * unsubscribe of RFC 8058 posts one), both within the body limit. They replace the ones Nest
 * would add with Fastify's defaults.
 */
export function registerBodyParsers(app: NestFastifyApplication): void {
  const parse =
    (read: (request: FastifyRequest, body: Buffer) => unknown) =>
    (
      request: FastifyRequest,
      body: Buffer,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      try {
        done(null, read(request, body));
      } catch (error) {
        done(error as Error);
      }
    };
  const options = { bodyLimit: BODY_LIMIT_BYTES };
  app.useBodyParser('application/json', options, parse(parseJsonBody));
  app.useBodyParser(
    'application/x-www-form-urlencoded',
    options,
    parse((request, body) => {
      assertUtf8(request);
      return { ...parseForm(body.toString('utf8')) };
    }),
  );
}
