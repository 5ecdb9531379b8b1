import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from a `redis://` or `rediss://` URL (user, password, host, port, and
 * the database as the path). Never a `keyPrefix`: BullMQ keys are prefixed with its own
 * `prefix` option, and ioredis' would break its scripts.
 */
export function redisOptions(
  url: string,
): Pick<
  RedisOptions,
  'host' | 'port' | 'username' | 'password' | 'db' | 'tls' | 'disconnectTimeout'
> {
  const u = new URL(url);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // A connection closed while Redis is away would otherwise keep the process 2 s longer.
    disconnectTimeout: 500,
  };
}
