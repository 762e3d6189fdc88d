import { availableParallelism } from 'node:os';

/** The bounds PASSWORD_HASH_CONCURRENCY is validated against. */
export const HASH_CONCURRENCY_RANGE = { min: 1, max: 64 } as const;

/** argon2 runs at once by default: one per core, at most 4. */
export const defaultHashConcurrency = (): number => Math.min(4, availableParallelism());

/**
 * The size of libuv's thread pool for the API, which its entry point sets before the pool starts (on
 * first use) unless UV_THREADPOOL_SIZE is given: as many threads as hashes may run at once. argon2
 * hashes on that pool and glibc keeps each thread's 19 MiB work buffer for its next hash, so libuv's
 * default of 4 threads came to hold 4 buffers where 2 hashes ran at once (bench:memory); and a
 * concurrency above 4 could not run on 4 threads. A value the config refuses is left to its validation.
 */
export function threadPoolSize(env: Record<string, string | undefined>): number {
  const configured = Number(env.PASSWORD_HASH_CONCURRENCY);
  return Number.isInteger(configured) &&
    configured >= HASH_CONCURRENCY_RANGE.min &&
    configured <= HASH_CONCURRENCY_RANGE.max
    ? configured
    : defaultHashConcurrency();
}
