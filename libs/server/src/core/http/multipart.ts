import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import busboy from 'busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BodyError } from './security/body-limit';

/**
 * `multipart/form-data`, read as a stream: a route that takes a file reads the body itself,
 * part by part (`multipartParts`), so that a large file is never held whole. Only routes
 * marked `@StreamsMultipart()` take such a body; elsewhere it is refused (415) unread.
 */

/** Marks a route that reads its `multipart/form-data` body itself, with `multipartParts`. */
export const StreamsMultipart = () => RouteConfig({ streamsMultipart: true });

export function registerMultipartParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    'multipart/form-data',
    (request: FastifyRequest, _payload: unknown, done: (error: Error | null) => void) => {
      const config = request.routeOptions.config as { streamsMultipart?: boolean } | undefined;
      if (config?.streamsMultipart) return done(null);
      done(new BodyError(415, 'this route takes no multipart/form-data: send JSON'));
    },
  );
}

export type MultipartPart =
  | { kind: 'field'; name: string; value: string; truncated: boolean }
  /** `chunks` must be read to its end (or the parts left) before the next part comes. */
  | { kind: 'file'; name: string; fileName: string | undefined; chunks: AsyncIterable<Buffer> };

/** A form that is not one: malformed, or ended before its closing boundary. */
const malformed = (error: unknown) =>
  new BadRequestException(
    `the body is not a complete multipart/form-data form: ${(error as Error).message}`,
  );

/** A file's bytes, with a broken form (or a client that went away) as a 400. */
async function* chunksOf(stream: Readable): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw malformed(error);
  }
}

/**
 * The parts of a request's `multipart/form-data` body, in the order they come, as the
 * body streams in. A field's value may be at most `fieldSize` bytes (`truncated` says it
 * was longer). Leaving early (a throw or a break) stops reading the form and lets the rest
 * of the body drain unread, so that the client still gets the answer. A client that sends
 * nothing for `idleMs` while the form is not complete is given up: its connection is
 * closed, as if it had broken off, so that a stalled upload does not hold what it holds
 * (a transaction, a database connection) for ever.
 */
export async function* multipartParts(
  request: IncomingMessage,
  { fieldSize, idleMs }: { fieldSize: number; idleMs: number },
): AsyncGenerator<MultipartPart> {
  if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) {
    throw new UnsupportedMediaTypeException('send the file as multipart/form-data');
  }
  let form: busboy.Busboy;
  try {
    // Browsers send a file's name as UTF-8, not in the latin1 that busboy assumes.
    form = busboy({ headers: request.headers, limits: { fieldSize }, defParamCharset: 'utf8' });
  } catch (error) {
    throw malformed(error);
  }
  const queue: MultipartPart[] = [];
  let finished = false;
  let failure: unknown;
  let wake: () => void = () => undefined;
  form.on('field', (name, value, info) => {
    queue.push({ kind: 'field', name, value, truncated: info.valueTruncated });
    wake();
  });
  form.on('file', (name, stream, info) => {
    // A file left unread when the form is (a refusal before its bytes) ends in an error
    // that nobody reads: it must not be an unhandled one. A reader gets it as it reads.
    stream.on('error', () => undefined);
    queue.push({ kind: 'file', name, fileName: info.filename, chunks: chunksOf(stream) });
    wake();
  });
  form.on('error', (error) => {
    failure = error;
    wake();
  });
  form.on('finish', () => {
    finished = true;
    wake();
  });
  // A client that breaks the connection off never ends the body: the form ends with an error.
  request.once('close', () => {
    if (!request.complete) form.destroy(new Error('the client broke off the upload'));
  });
  let idle: NodeJS.Timeout | undefined;
  const stalled = () => {
    form.destroy(new Error(`nothing came for ${idleMs / 1000} s: the upload was given up`));
    request.destroy();
  };
  const keepWaiting = () => {
    clearTimeout(idle);
    if (!request.complete) idle = setTimeout(stalled, idleMs);
  };
  request.on('data', keepWaiting);
  keepWaiting();
  request.pipe(form);
  try {
    for (;;) {
      const part = queue.shift();
      if (part) {
        yield part;
      } else if (failure !== undefined) {
        throw malformed(failure);
      } else if (finished) {
        return;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    clearTimeout(idle);
    request.off('data', keepWaiting);
    if (!finished) {
      request.unpipe(form);
      form.destroy();
      request.resume();
    }
  }
}
