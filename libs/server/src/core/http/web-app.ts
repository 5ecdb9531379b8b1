import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app at `/`: its files as they are, and `index.html` for any other
 * GET outside the API, so that an address in the app opens the app. Under `apiPrefix` an unknown
 * path stays a 404 in the API's JSON, never the app's page.
 */
export function serveWebApp(app: NestFastifyApplication, root: string, apiPrefix: string): void {
  // `wildcard: false`: a route per file of the build, so that everything else reaches the
  // fallback below rather than a 404 of the file server's.
  void app.register(fastifyStatic, { root, wildcard: false });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path === apiPrefix || path.startsWith(`${apiPrefix}/`)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
