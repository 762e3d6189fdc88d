import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseEnv } from 'node:util';
import v8 from 'node:v8';

/** The bounds PASSWORD_HASH_CONCURRENCY is validated against. */
export const HASH_CONCURRENCY_RANGE = { min: 1, max: 64 } as const;

/** argon2 runs at once by default: one per core, at most 4. */
export const defaultHashConcurrency = (): number => Math.min(4, availableParallelism());

/**
 * The environment as the config will see it: the process's, over `.env` (read as AppConfigModule
 * reads it, not in tests). For settings that must be applied before the config loads.
 */
export function environmentWithDotenv(
  env: NodeJS.ProcessEnv = process.env,
  file = '.env',
): Record<string, string | undefined> {
  if (env.NODE_ENV === 'test') {
    return { ...env };
  }
  let fromFile: Record<string, string> = {};
  try {
    fromFile = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // no .env
  }
  return { ...fromFile, ...env };
}

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

/** After a full collection V8 lets the heap grow to this much more than what survived. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * V8 sets the heap's next limit at a multiple of what survived the last full collection, up to 4x
 * for a program that allocates fast, which a busy API is: its heap grew to 3-4 times its 60 MiB live
 * set, and V8 keeps the pages it grew into (RSS stayed at the peak when idle, bench:memory). A fixed
 * 1.5x kept `me`, `list` and sign-ins at their throughput and the RSS after a benchmark run about
 * 90 MiB lower (README, Performance). Set at run time, as the first thing the process does, because
 * NODE_OPTIONS refuses the flag; one given on the command line wins.
 */
export function tuneHeap(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => /^--heap[-_]growing[-_]percent/.test(arg))) {
    return false;
  }
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
