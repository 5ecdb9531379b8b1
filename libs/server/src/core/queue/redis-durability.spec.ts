import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';
import {
  RedisDurabilityCheck,
  durabilityProblems,
  readDurabilitySettings,
} from './redis-durability';

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A private Redis of this test, with `args`: never the machine's, which others use. */
async function startRedis(args: string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pejling-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGKILL');
      await once(child, 'exit');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('how Redis keeps the queue, as read at start', () => {
  it('finds no append-only file and an eviction policy where Redis has them, and none where it is set right', async () => {
    const redis = await startRedis(['--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru']);
    try {
      const settings = await readDurabilitySettings(redis.url);
      expect(settings).toEqual({ appendonly: 'no', 'maxmemory-policy': 'allkeys-lru' });
      expect(durabilityProblems(settings ?? {})).toHaveLength(2);
      // What a process warns of at start.
      const check = new RedisDurabilityCheck({ redisUrl: redis.url } as AppConfig);
      expect(await check.check()).toEqual(durabilityProblems(settings ?? {}));
    } finally {
      await redis.stop();
    }
    const right = await startRedis(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']);
    try {
      expect(durabilityProblems((await readDurabilitySettings(right.url)) ?? {})).toEqual([]);
    } finally {
      await right.stop();
    }
  });

  it('answers nothing, and does not fail, where CONFIG is not allowed or Redis is away', async () => {
    const redis = await startRedis(['--rename-command', 'CONFIG', '""']);
    try {
      expect(await readDurabilitySettings(redis.url)).toBeUndefined();
    } finally {
      await redis.stop();
    }
    expect(await readDurabilitySettings(`redis://127.0.0.1:${await freePort()}`)).toBeUndefined();
  });
});
