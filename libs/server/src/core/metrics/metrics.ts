import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The label of a request's route in the metrics: the API's route as declared (its
 * template: `/api/milestones/:id`, never the id itself, which would make a series of
 * each record), `web app` for the web app's files and pages, `unmatched` for an API path
 * no route takes.
 */
export function routeLabel(path: string, template: string | undefined): string {
  const api = path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
  if (!api) return 'web app';
  return template?.startsWith('/api') ? template : 'unmatched';
}

/**
 * One process's metrics, in Prometheus' format (prom-client, a registry of its own):
 * the process's own (CPU, memory, event loop, garbage collection), and what Pejling
 * measures. Figures read at each scrape (the database pool, the queue) are gauges whose
 * `collect` asks for them then.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'pejling_http_request_duration_seconds',
    help: 'How long the API took to answer, by method, route (its template) and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly signInFailures = new Counter({
    name: 'pejling_sign_in_failures_total',
    help: 'Sign-ins refused: a wrong e-mail or password, or too many failures (throttled)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  /** `process`: collect the process's own figures too (only where they are served). */
  constructor(process: boolean) {
    if (process) collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge whose values `read` gives at each scrape, by the value of its one label. */
  gauge(
    name: string,
    help: string,
    label: string,
    read: () => Promise<Record<string, number>>,
  ): void {
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [value, figure] of Object.entries(await read())) {
          this.set({ [label]: value }, figure);
        }
      },
    });
  }
}
