/** Fixed, so CI runs the same requests every time; `npm run fuzz` picks a random one. */
export const DEFAULT_FUZZ_SEED = 20_231_120;
export const DEFAULT_FUZZ_RUNS = 25;

export interface FuzzSettings {
  seed: number;
  /** Generated requests per operation. */
  runs: number;
  /** A counterexample path from a failure report: replays exactly that request (with -t "<operation>"). */
  path: string | undefined;
  /** Shrink failures to a minimal request: slower, for long local runs. */
  shrink: boolean;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') {
    return fallback;
  }
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new Error(`${name} must be an integer, got "${value}"`);
  }
  return parsed;
}

export function fuzzSettings(env: Record<string, string | undefined> = process.env): FuzzSettings {
  return {
    seed: integer('FUZZ_SEED', env.FUZZ_SEED, DEFAULT_FUZZ_SEED),
    runs: Math.max(1, integer('FUZZ_RUNS', env.FUZZ_RUNS, DEFAULT_FUZZ_RUNS)),
    path: env.FUZZ_PATH === '' ? undefined : env.FUZZ_PATH,
    shrink: env.FUZZ_SHRINK === 'true',
  };
}

/** How to run one failure again. */
export function replayCommand(seed: number, path: string | undefined, test: string): string {
  const pathPart = path === undefined ? '' : ` FUZZ_PATH=${path}`;
  // -t takes a regular expression: anchored, so POST /users does not also run POST /users/{id}/restore.
  return `FUZZ_SEED=${seed}${pathPart} npm run fuzz -- -t '${test}$'`;
}
