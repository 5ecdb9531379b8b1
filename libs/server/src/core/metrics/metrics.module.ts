import { createServer, type Server } from 'node:http';
import { InjectQueue } from '@nestjs/bullmq';
import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { QUEUES } from '@pejling/contracts';
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { QueueRole } from '../queue/queue.module';
import { Metrics } from './metrics';

/** The port this process serves its metrics on, if any: the API's setting or the worker's. */
const METRICS_PORT = Symbol('METRICS_PORT');

/** The figures every process reports at a scrape: its database pool and the queue. */
@Injectable()
class SharedGauges {
  constructor(
    metrics: Metrics,
    dataSource: DataSource,
    @InjectQueue(QUEUES.reminders) queue: Queue,
  ) {
    metrics.gauge(
      'pejling_db_pool_connections',
      "This process's connections to Postgres: all of them, those idle, and the requests waiting for one",
      'state',
      async () => {
        const pool = (dataSource.driver as unknown as { master: Pool }).master;
        return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
      },
    );
    metrics.gauge(
      'pejling_queue_jobs',
      'Jobs in the e-mail queue by state (completed and failed: those Redis still keeps)',
      'state',
      () => queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'),
    );
  }
}

/**
 * Serves `/metrics` on a port of its own, never the public one: the figures are for the
 * operator's Prometheus, not for the internet. Off when no port is set.
 */
@Injectable()
class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;

  constructor(
    private readonly metrics: Metrics,
    @Inject(METRICS_PORT) private readonly port: number | undefined,
  ) {}

  async onApplicationBootstrap() {
    if (this.port === undefined) return;
    const { registry } = this.metrics;
    this.server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      registry.metrics().then(
        (text) => response.writeHead(200, { 'Content-Type': registry.contentType }).end(text),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '0.0.0.0', resolve));
    new Logger('Metrics').log(`metrics at http://0.0.0.0:${this.port}/metrics`);
  }

  async onApplicationShutdown() {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(null)));
  }
}

/**
 * The process's metrics (`Metrics`, injectable anywhere), served on `METRICS_PORT` by the
 * API and on `WORKER_METRICS_PORT` by a worker.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(role: QueueRole): DynamicModule {
    return {
      module: MetricsModule,
      providers: [
        {
          provide: METRICS_PORT,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            role === 'worker' ? config.workerMetricsPort : config.metricsPort,
        },
        {
          provide: Metrics,
          inject: [METRICS_PORT],
          // The process's own figures are gathered only where they are served.
          useFactory: (port: number | undefined) => new Metrics(port !== undefined),
        },
        SharedGauges,
        MetricsServer,
      ],
      exports: [Metrics],
    };
  }
}
