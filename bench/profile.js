// npm run bench:profile [-- --scenario me --target api|baseline --duration 10 --skip-build]
// npm run bench:profile -- --summarise bench/results/profiles/<file>.cpuprofile
// Runs the API under `node --cpu-prof`, drives one scenario at it, and prints where the CPU went
// (self time by function and by package), counting only the samples taken under load.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProfileSummary, summariseProfile } from './lib/cpuprofile.js';
import { prepareDatabase, seededEmails, serverUrl } from './lib/database.js';
import { API_RUNTIME, benchSecrets, productionEnv, serverEnv } from './lib/environment.js';
import { runLoad, summarise } from './lib/load.js';
import { freePort, runCommand, startServer } from './lib/processes.js';
import { login, loginAll, SCENARIOS, scenarioRun } from './lib/scenarios.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const profilesDir = join(here, 'results', 'profiles');

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'me' },
    target: { type: 'string', default: 'api' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    top: { type: 'string', default: '20' },
    summarise: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const top = Number(args.top);

async function profileUnderLoad() {
  const scenario = args.scenario;
  if (!SCENARIOS.includes(scenario)) {
    throw new Error(`unknown scenario ${scenario}`);
  }
  const onBaseline = args.target === 'baseline';
  const connections = Number(args.connections);
  const secrets = benchSecrets();
  if (!args['skip-build']) {
    await runCommand('npm', ['run', 'build']);
  }
  const databaseUrl = await prepareDatabase({
    serverUrl,
    name: 'groundwork_bench',
    env: productionEnv(secrets),
    users: 10_000,
    password: secrets.seedPassword,
    admin: secrets.admin,
  });
  const emails = await seededEmails(databaseUrl);
  mkdirSync(profilesDir, { recursive: true });
  // Profiles are megabytes each: kept locally, never committed.
  writeFileSync(join(profilesDir, '.gitignore'), '*\n');
  const name = `${onBaseline ? 'baseline' : 'api'}-${scenario}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const spawnedAt = performance.now();
  // The baseline verifies the same secret, so it signs its own sessions in through its own login.
  const server = await startServer({
    name: args.target,
    args: [
      '--cpu-prof',
      '--cpu-prof-dir',
      profilesDir,
      '--cpu-prof-name',
      name,
      ...(onBaseline ? [] : API_RUNTIME.nodeOptions),
      onBaseline ? join(here, 'baseline/server.js') : join(root, 'dist/apps/api/src/main.js'),
    ],
    env: {
      ...serverEnv(secrets, { databaseUrl, poolSize: 10 }),
      ...(onBaseline ? {} : API_RUNTIME.env),
      PORT: String(port),
    },
    readyUrl: `${url}${onBaseline ? '/health/live' : '/health/ready'}`,
  });
  let window;
  try {
    const sessions = await loginAll(url, emails.slice(0, connections), secrets.seedPassword);
    const shared = {
      emails,
      password: secrets.seedPassword,
      connections,
      loginCursor: 0,
      refreshCursor: 5_000,
      meTokens: sessions.map((session) => session.accessToken),
      adminToken: (await login(url, secrets.admin.email, secrets.admin.password)).accessToken,
    };
    const target = { name: args.target, url };
    const load = async (duration) => {
      const run = await scenarioRun(scenario, target, shared);
      const startedMs = performance.now() - spawnedAt;
      const result = await runLoad({ url, connections, duration, ...run.options }, run.onResponse);
      return { startedMs, endedMs: performance.now() - spawnedAt, figures: summarise(result) };
    };
    await load(Number(args.warmup));
    const measured = await load(Number(args.duration));
    window = { fromMs: measured.startedMs, toMs: measured.endedMs };
    const { rps, p50, p99, errors, requests } = measured.figures;
    window.requests = requests;
    console.log(
      `${args.target} ${scenario} under --cpu-prof: ${rps.toFixed(0)} req/s, p50 ${p50} ms, p99 ${p99} ms, errors ${errors}`,
    );
  } finally {
    // The profile is written when the process exits; both servers exit on SIGTERM after draining.
    await server.stop();
  }
  const file = join(profilesDir, name);
  const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')), window);
  console.log(`profile ${relative(root, file)} (samples from the measured run only)\n`);
  console.log(
    `CPU per request: ${((summary.busyMs / window.requests) * 1000).toFixed(0)} us (busy time / ${window.requests} responses)\n`,
  );
  console.log(formatProfileSummary(summary, top));
  writeFileSync(
    file.replace(/\.cpuprofile$/, '.summary.json'),
    `${JSON.stringify({ window, ...summary, functions: summary.functions.slice(0, 100) }, null, 2)}\n`,
  );
}

async function main() {
  if (args.summarise) {
    console.log(formatProfileSummary(summariseProfile(JSON.parse(readFileSync(args.summarise, 'utf8'))), top));
    return;
  }
  await profileUnderLoad();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
