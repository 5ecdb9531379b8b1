import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/**
 * How long a browser keeps a file of the build: a file under `assets/` has its content's
 * hash in its name, so it never changes (a year, immutable); anything else (`index.html`,
 * which names the current assets, the favicon) is asked again each time, answered 304
 * when unchanged.
 */
export function cacheControlOf(path: string): string {
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built web app at `/`: its files as they are, and `index.html` for any other
 * GET outside the API, so that an address in the app opens the app. Under `apiPrefix` an unknown
 * path stays a 404 in the API's JSON, never the app's page.
 */
export function serveWebApp(app: NestFastifyApplication, root: string, apiPrefix: string): void {
  // `wildcard: false`: a route per file of the build, so that everything else reaches the
  // fallback below rather than a 404 of the file server's. `preCompressed`: the build's .br
  // or .gz beside a file, as the browser accepts them.
  void app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => reply.header('Cache-Control', cacheControlOf(path)),
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path === apiPrefix || path.startsWith(`${apiPrefix}/`)) return reply.callNotFound();
    // The metrics are served on a port of their own: a scraper pointed here gets a 404,
    // not the web app's page.
    if (path === '/metrics') return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
