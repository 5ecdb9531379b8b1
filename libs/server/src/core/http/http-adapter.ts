import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpExceptionFilter } from './http-exception.filter';
import { BODY_LIMIT_BYTES } from './security/body-limit';

/**
 * The HTTP server every Pejling API runs on, in production and in the tests: NestJS on
 * Fastify (measured against Express on the milestone read: about a quarter more requests
 * a second for a quarter less CPU; docs/architecture.md).
 */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    // Fastify's own logger stays off: pino-http logs each request (configureHttpApp).
    bodyLimit: BODY_LIMIT_BYTES,
    // `/api/milestones/` is `/api/milestones`, as it always was.
    routerOptions: { ignoreTrailingSlash: true },
    // What Fastify refuses before any route (a path it cannot decode) leaves in the API's
    // error shape too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      new HttpExceptionFilter().catch(error, new ExecutionContextHost([request, reply])),
  });
}
