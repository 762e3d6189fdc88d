// npm run bench:memory [-- --signins 15 --reads 15 --variant '' --variant 'MALLOC_ARENA_MAX=2 --max-semi-space-size=8']
// Where the API's memory goes: starts the built API (production mode, PostgreSQL) and splits its
// memory (process.memoryUsage(): rss, heapTotal, heapUsed, external, arrayBuffers) at start, after a
// burst of sign-ins alone and after a burst of reads (`me`) alone. Native = rss - heapTotal - external
// (roughly: code, stacks, glibc arenas, argon2 buffers kept by malloc). Not a test: it reports.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareDatabase, seededEmails, serverUrl } from './lib/database.js';
import { benchSecrets, productionEnv, serverEnv } from './lib/environment.js';
import { runLoad, summarise } from './lib/load.js';
import { freePort, rssMiB, runCommand, startServer } from './lib/processes.js';
import { loginAll, scenarioRun } from './lib/scenarios.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const { values: args } = parseArgs({
  options: {
    signins: { type: 'string', default: '15' },
    'signin-connections': { type: 'string', default: '10' },
    reads: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    users: { type: 'string', default: '2000' },
    // One server per variant, on the same database: space-separated KEY=VALUE environment entries and
    // --node-options; '' is the defaults.
    variant: { type: 'string', multiple: true, default: [''] },
    target: { type: 'string', default: 'api' },
    'skip-build': { type: 'boolean', default: false },
  },
});

const MiB = 1024 * 1024;
const secrets = benchSecrets();
const database = 'groundwork_bench_memory';

async function main() {
  if (!args['skip-build']) {
    await runCommand('npm', ['run', 'build']);
  }
  const databaseUrl = await prepareDatabase({
    serverUrl,
    name: database,
    env: productionEnv(secrets),
    users: Number(args.users),
    password: secrets.seedPassword,
    admin: secrets.admin,
  });
  const emails = await seededEmails(databaseUrl);
  const results = [];
  for (const variant of args.variant) {
    results.push(await measureVariant(variant, databaseUrl, emails));
  }
  console.log(JSON.stringify(results));
}

async function measureVariant(variant, databaseUrl, emails) {
  const words = variant.split(/\s+/).filter(Boolean);
  const nodeOptions = words.filter((word) => word.startsWith('--'));
  const extraEnv = Object.fromEntries(
    words.filter((word) => !word.startsWith('--')).map((pair) => pair.split(/=(.*)/s).slice(0, 2)),
  );
  const probeFile = join(tmpdir(), `groundwork-memory-${process.pid}.jsonl`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const onBaseline = args.target === 'baseline';
  const server = await startServer({
    name: args.target,
    args: [
      ...nodeOptions,
      '--import',
      join(here, 'lib/memory-probe.js'),
      onBaseline ? join(here, 'baseline/server.js') : join(root, 'dist/apps/api/src/main.js'),
    ],
    env: {
      ...serverEnv(secrets, { databaseUrl, poolSize: 10 }),
      ...extraEnv,
      PORT: String(port),
      MEMORY_PROBE_FILE: probeFile,
    },
    readyUrl: `${url}${onBaseline ? '/health/live' : '/health/ready'}`,
  });
  const rows = [];
  const sample = async (label, served) => {
    const before = readLines(probeFile).length;
    process.kill(server.pid, 'SIGUSR2');
    for (let i = 0; i < 100 && readLines(probeFile).length === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const usage = JSON.parse(readLines(probeFile).at(-1));
    const row = {
      label,
      served,
      rss: usage.rss / MiB,
      vmRss: rssMiB(server.pid),
      heapTotal: usage.heapTotal / MiB,
      heapUsed: usage.heapUsed / MiB,
      external: usage.external / MiB,
      arrayBuffers: usage.arrayBuffers / MiB,
      native: (usage.rss - usage.heapTotal - usage.external) / MiB,
      liveHeap: usage.liveHeap === undefined ? undefined : usage.liveHeap / MiB,
    };
    rows.push(row);
    console.log(
      `${label.padEnd(16)} rss ${row.rss.toFixed(0).padStart(4)}  heapTotal ${row.heapTotal.toFixed(0).padStart(4)}  heapUsed ${row.heapUsed.toFixed(0).padStart(4)}  external ${row.external.toFixed(1).padStart(5)}  arrayBuffers ${row.arrayBuffers.toFixed(1).padStart(5)}  native ${row.native.toFixed(0).padStart(4)} MiB${row.liveHeap === undefined ? '' : `  live heap ${row.liveHeap.toFixed(0)} MiB`}${served === undefined ? '' : `  (${served} served)`}`,
    );
  };
  try {
    console.log(`\n${args.target}, env ${JSON.stringify(extraEnv)}, node options ${JSON.stringify(nodeOptions)}`);
    await sample('start');
    const shared = { emails, password: secrets.seedPassword, loginCursor: 0, connections: Number(args.connections) };
    if (Number(args.signins) > 0) {
      const run = await scenarioRun('login', { url }, shared);
      const figures = summarise(
        await runLoad({
          url,
          connections: Number(args['signin-connections']),
          duration: Number(args.signins),
          ...run.options,
        }),
      );
      await sample('after sign-ins', figures.requests);
    }
    if (Number(args.reads) > 0) {
      const sessions = await loginAll(url, emails.slice(0, Number(args.connections)), secrets.seedPassword);
      shared.meTokens = sessions.map((session) => session.accessToken);
      const run = await scenarioRun('me', { url }, shared);
      const figures = summarise(
        await runLoad({ url, connections: Number(args.connections), duration: Number(args.reads), ...run.options }),
      );
      await sample('after reads', figures.requests);
    }
  } finally {
    await server.stop();
    rmSync(probeFile, { force: true });
  }
  return { variant, rows };
}

function readLines(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
