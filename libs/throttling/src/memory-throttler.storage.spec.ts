import { jest } from '@jest/globals';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';

describe(MemoryThrottlerStorage.name, () => {
  let storage: MemoryThrottlerStorage;
  let now: number;

  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    storage = new MemoryThrottlerStorage();
  });
  afterEach(() => {
    storage.onApplicationShutdown();
    jest.restoreAllMocks();
  });

  it('counts hits in a fixed window, per throttler and key', async () => {
    expect((await storage.increment('ip', 60_000, 3, 60_000, 'default')).totalHits).toBe(1);
    expect((await storage.increment('ip', 60_000, 3, 60_000, 'default')).totalHits).toBe(2);
    expect((await storage.increment('ip', 60_000, 3, 60_000, 'strict')).totalHits).toBe(1);
    expect((await storage.increment('other', 60_000, 3, 60_000, 'default')).totalHits).toBe(1);
    now += 60_000;
    const fresh = await storage.increment('ip', 60_000, 3, 60_000, 'default');
    expect(fresh).toMatchObject({ totalHits: 1, isBlocked: false, timeToExpire: 60 });
  });

  it('blocks past the limit for the block duration, then counts afresh', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await storage.increment('ip', 60_000, 3, 30_000, 'default')).isBlocked).toBe(false);
    }
    const blocked = await storage.increment('ip', 60_000, 3, 30_000, 'default');
    expect(blocked).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    now += 10_000;
    expect(await storage.increment('ip', 60_000, 3, 30_000, 'default')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 20,
    });
    now += 20_000;
    expect(await storage.increment('ip', 60_000, 3, 30_000, 'default')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
  });

  it('forgets counters whose window and block have ended', async () => {
    await storage.increment('a', 1_000, 3, 1_000, 'default');
    await storage.increment('b', 5_000, 3, 1_000, 'default');
    now += 2_000;
    storage.sweep(now);
    expect(storage.size).toBe(1);
  });
});
