import { loadConfig } from '../config/config';
import { connectionOptions } from './queue.module';
import { redisOptions } from './redis-options';

describe('Redis connections', () => {
  it('read REDIS_URL: user, password, host, port, database, TLS', () => {
    expect(redisOptions('rediss://worker:s%C3%A6cret@cache.example.dk:6380/2')).toEqual({
      host: 'cache.example.dk',
      port: 6380,
      username: 'worker',
      password: 'sæcret',
      db: 2,
      tls: {},
      disconnectTimeout: 500,
    });
    expect(redisOptions('redis://127.0.0.1')).toEqual({
      host: '127.0.0.1',
      port: 6379,
      disconnectTimeout: 500,
    });
  });

  it('fail fast in the API and block in the worker, and never use keyPrefix', () => {
    const config = loadConfig({});
    const producer = connectionOptions(config, 'producer');
    const worker = connectionOptions(config, 'worker');
    expect(producer).toMatchObject({ enableOfflineQueue: false });
    expect(producer).not.toHaveProperty('maxRetriesPerRequest');
    expect(worker).toMatchObject({ maxRetriesPerRequest: null });
    expect(worker).not.toHaveProperty('enableOfflineQueue');
    for (const options of [producer, worker]) expect(options).not.toHaveProperty('keyPrefix');
  });
});
