import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import Redis from 'ioredis';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { redisOptions } from './redis-options';

/** The settings that decide whether Redis keeps the queue's jobs, as `CONFIG GET` tells them. */
export interface RedisDurabilitySettings {
  appendonly?: string;
  'maxmemory-policy'?: string;
}

/**
 * What in Redis' settings can lose jobs, in words for the log: without the append-only
 * file, a restart loses what was queued since the last snapshot (or everything, without
 * snapshots); with an eviction policy, a Redis short of memory deletes keys, jobs among
 * them. Postgres holds what is to be sent and the workers queue again what Redis lost,
 * but late.
 */
export function durabilityProblems(settings: RedisDurabilitySettings): string[] {
  const problems: string[] = [];
  if (settings.appendonly !== undefined && settings.appendonly !== 'yes') {
    problems.push(
      `appendonly is "${settings.appendonly}": a restart loses the jobs queued since the last snapshot (set appendonly yes)`,
    );
  }
  const policy = settings['maxmemory-policy'];
  if (policy !== undefined && policy !== 'noeviction') {
    problems.push(
      `maxmemory-policy is "${policy}": Redis may delete jobs when memory runs short (set maxmemory-policy noeviction)`,
    );
  }
  return problems;
}

/** How long the check waits for Redis before it gives up, silently. */
const CHECK_TIMEOUT_MS = 5_000;

/**
 * Reads the settings with `CONFIG GET`, on a short connection of its own; undefined when
 * Redis does not answer in time or refuses `CONFIG` (a managed Redis may).
 */
export async function readDurabilitySettings(
  redisUrl: string,
): Promise<RedisDurabilitySettings | undefined> {
  const client = new Redis({
    ...redisOptions(redisUrl),
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: CHECK_TIMEOUT_MS,
    commandTimeout: CHECK_TIMEOUT_MS,
    retryStrategy: () => null,
    connectionName: 'pejling-config-check',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const settings: RedisDurabilitySettings = {};
    for (const name of ['appendonly', 'maxmemory-policy'] as const) {
      const [, value] = (await client.config('GET', name)) as string[];
      if (value !== undefined) settings[name] = value;
    }
    return settings;
  } catch {
    return undefined;
  } finally {
    client.disconnect();
  }
}

/**
 * Warns at start when Redis is set up to lose the queue's jobs (see `durabilityProblems`).
 * It never holds the start up or stops it: Redis may be away, or not allow `CONFIG`.
 */
@Injectable()
export class RedisDurabilityCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queue');

  /** Settles once the check at start has told what it found (never rejects). */
  checked: Promise<unknown> = Promise.resolve();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap() {
    this.checked = this.check();
  }

  /** Answers the problems it logged; undefined when it could not tell. */
  async check(): Promise<string[] | undefined> {
    const settings = await readDurabilitySettings(this.config.redisUrl);
    if (!settings) {
      this.logger.log(
        'could not check how Redis keeps the queue (no answer, or CONFIG not allowed): ' +
          'it should run with appendonly yes and maxmemory-policy noeviction',
      );
      return undefined;
    }
    const problems = durabilityProblems(settings);
    for (const problem of problems) this.logger.warn(`Redis ${problem}`);
    return problems;
  }
}
