import { durabilityProblems } from './redis-durability';

describe('Redis set up to keep the queue', () => {
  it('is what appendonly yes and maxmemory-policy noeviction give', () => {
    expect(durabilityProblems({ appendonly: 'yes', 'maxmemory-policy': 'noeviction' })).toEqual([]);
  });

  it('is not without the append-only file, or with an eviction policy', () => {
    expect(durabilityProblems({ appendonly: 'no', 'maxmemory-policy': 'allkeys-lru' })).toEqual([
      'appendonly is "no": a restart loses the jobs queued since the last snapshot (set appendonly yes)',
      'maxmemory-policy is "allkeys-lru": Redis may delete jobs when memory runs short (set maxmemory-policy noeviction)',
    ]);
  });

  it('says nothing of a setting it could not read', () => {
    expect(durabilityProblems({})).toEqual([]);
  });
});
