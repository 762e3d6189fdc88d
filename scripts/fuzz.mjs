// Long fuzzing run: builds, then runs the OpenAPI fuzzer with many requests per operation and a
// random seed, printed first so any failure can be replayed (FUZZ_SEED=<seed>, plus FUZZ_PATH and
// -t '<operation>$' from the failure report). Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.FUZZ_SEED || String(randomInt(1, 2 ** 31 - 1));
const runs = process.env.FUZZ_RUNS || '500';
const env = { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs, FUZZ_SHRINK: process.env.FUZZ_SHRINK || 'true' };

console.log(`[fuzz] seed=${seed} runs=${runs}/operation (replay: FUZZ_SEED=${seed} npm run fuzz)`);

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

if (run('npm', ['run', 'build']) !== 0) {
  process.exit(1);
}
const status = run('npx', [
  'jest',
  'test/fuzz/openapi-fuzz.e2e-spec.ts',
  '--selectProjects',
  'e2e',
  ...process.argv.slice(2),
]);
if (status !== 0) {
  console.error(`[fuzz] failed with seed ${seed}: each failure above names its FUZZ_PATH and replay command`);
}
process.exit(status);
