import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../http/public.decorator';
import { RedisHealthIndicator } from './redis.health';
import { WorkerHealthIndicator } from './worker.health';

/**
 * Whether the API can serve: `GET /api/health` (readiness) is 200 when the database and
 * Redis (the queues) answer, and, when the API runs its own worker (`npm start`), that
 * worker is ready; 503 otherwise, naming what is down (`reminders` while the worker
 * restarts). `GET /api/health/live` (liveness) asks only whether the process answers: a
 * database away is no reason to restart the API, which comes back by itself.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly worker: WorkerHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.redis.pingCheck('redis', 2000),
      ...(this.worker.followed ? [() => this.worker.check('reminders')] : []),
    ]);
  }

  @Get('live')
  live() {
    return { status: 'ok' };
  }
}
