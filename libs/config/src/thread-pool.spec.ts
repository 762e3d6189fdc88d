import { defaultHashConcurrency, threadPoolSize } from './thread-pool.js';

describe('threadPoolSize', () => {
  it('has one thread per hash that may run at once', () => {
    expect(threadPoolSize({ PASSWORD_HASH_CONCURRENCY: '3' })).toBe(3);
    expect(threadPoolSize({ PASSWORD_HASH_CONCURRENCY: '16' })).toBe(16);
    expect(threadPoolSize({})).toBe(defaultHashConcurrency());
  });

  it("falls back to the default for a value the config's validation refuses", () => {
    for (const value of ['0', '65', '2.5', 'many', '']) {
      expect(threadPoolSize({ PASSWORD_HASH_CONCURRENCY: value })).toBe(defaultHashConcurrency());
    }
  });
});
