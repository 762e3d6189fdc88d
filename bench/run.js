// npm run bench [-- --rounds 2 --duration 10 --quick --skip-build --scenarios me,list]
// Builds the API, prepares a seeded database, starts the API (production mode) and the bare Fastify
// baseline, then drives both with autocannon, alternating, and reports medians and ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  API_RUNTIME,
  benchSecrets,
  productionEnv,
  serverEnv as makeServerEnv,
  THROTTLE_NOTE,
} from './lib/environment.js';
import { prepareDatabase, seededEmails, serverUrl, serverVersion } from './lib/database.js';
import { runLoad, summarise } from './lib/load.js';
import { freePort, rssMiB, runCommand, startServer } from './lib/processes.js';
import { checkTargets, formatTable, renderSvg, summariseRuns } from './lib/report.js';
import { login, loginAll, SCENARIOS, scenarioRun } from './lib/scenarios.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const resultsDir = join(here, 'results');

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '50' },
    scenarios: { type: 'string', default: SCENARIOS.join(',') },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'keep-log': { type: 'boolean', default: false },
    // After the rounds: the mixed load against the API alone for this many seconds, RSS sampled.
    soak: { type: 'string', default: '0' },
    users: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(
    'npm run bench -- [--rounds 2] [--duration 10] [--warmup s] [--connections 50] [--scenarios live,me,...] [--quick] [--skip-build] [--keep-log] [--soak seconds] [--users 1000000]',
  );
  process.exit(0);
}

// --users N: the scale bench (bench/scale.js), 10,000 against N users, with its own scenarios.
if (args.users !== undefined) {
  const forwarded = process.argv.slice(2).filter((arg) => arg !== '--quick');
  process.exit(spawnSync(process.execPath, [join(here, 'scale.js'), ...forwarded], { stdio: 'inherit' }).status ?? 1);
}

const quick = args.quick;
const config = {
  rounds: quick ? 1 : Number(args.rounds),
  duration: quick ? 2 : Number(args.duration),
  warmup: Number(args.warmup ?? (quick ? 1 : Math.min(5, Number(args.duration)))),
  connections: Number(args.connections),
  scenarios: args.scenarios.split(',').filter((name) => name !== ''),
  users: 10_000,
  poolSize: 10,
};
// `jobs` is not an HTTP scenario: bench/jobs.js drives the job queue against bare pg-boss.
const JOBS_SCENARIO = 'jobs';
const runJobs = config.scenarios.includes(JOBS_SCENARIO) || args.scenarios === SCENARIOS.join(',');
config.scenarios = config.scenarios.filter((name) => name !== JOBS_SCENARIO);
for (const name of config.scenarios) {
  if (!SCENARIOS.includes(name)) {
    throw new Error(`unknown scenario ${name}`);
  }
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const secrets = benchSecrets();
const { seedPassword, admin } = secrets;

let loadAtStart;

const step = async (label, work) => {
  const started = performance.now();
  process.stdout.write(`${label} ... `);
  const result = await work();
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

async function countRequestLogLines(file) {
  let count = 0;
  const lines = createInterface({ input: createReadStream(file) });
  for await (const line of lines) {
    if (line.includes('"request completed"') || line.includes('"request failed"')) {
      count++;
    }
  }
  return count;
}

/** The API's and the baseline's answers to the same requests, compared field by field. */
async function compareShapes(apiUrl, baselineUrl, token, adminToken) {
  const get = async (base, path, bearer) => {
    const response = await fetch(`${base}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    return { status: response.status, body: await response.json() };
  };
  const checks = {};
  for (const [name, path, bearer] of [
    ['live', '/health/live'],
    ['me', '/api/v1/users/me', token],
    ['list', '/api/v1/users?limit=20&sort=-createdAt', adminToken],
  ]) {
    const [a, b] = await Promise.all([get(apiUrl, path, bearer), get(baselineUrl, path, bearer)]);
    checks[name] = a.status === 200 && b.status === 200 && JSON.stringify(a.body) === JSON.stringify(b.body);
    if (!checks[name]) {
      console.warn(
        `  ! ${name} differs: API ${a.status} ${JSON.stringify(a.body).slice(0, 300)} / baseline ${b.status} ${JSON.stringify(b.body).slice(0, 300)}`,
      );
    }
  }
  return checks;
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  loadAtStart = loadavg();
  // The machines are shared: a busy one moves absolute figures (ratios less so).
  if (loadAtStart[0] > cpus().length) {
    console.warn(`! load average ${loadAtStart[0].toFixed(1)} on ${cpus().length} cores: other work is running`);
  }
  console.log(`Groundwork bench: ${JSON.stringify({ ...config, scenarios: config.scenarios.join(',') })}`);
  console.log(`rate limits raised for the load generator: ${THROTTLE_NOTE}`);
  if (!args['skip-build']) {
    await step('npm run build', () => runCommand('npm', ['run', 'build']));
  }

  if (config.scenarios.length === 0) {
    await jobsScenario();
    return;
  }
  const databaseUrl = await step(`database groundwork_bench (migrate, seed ${config.users} users, admin)`, () =>
    prepareDatabase({
      serverUrl,
      name: 'groundwork_bench',
      env: productionEnv(secrets),
      users: config.users,
      password: seedPassword,
      admin,
    }),
  );
  const emails = await seededEmails(databaseUrl);

  const [apiPort, baselinePort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  const logFile = join(resultsDir, `api-${stamp}.log`);
  const serverEnv = makeServerEnv(secrets, { databaseUrl, poolSize: config.poolSize });
  const api = await startServer({
    name: 'API',
    args: [...API_RUNTIME.nodeOptions, join(root, 'dist/apps/api/src/main.js')],
    env: { ...serverEnv, ...API_RUNTIME.env, PORT: String(apiPort) },
    readyUrl: `${apiUrl}/health/ready`,
    logFile,
  });
  api.idleRssMiB = rssMiB(api.pid);
  console.log(
    `API pid ${api.pid} on ${apiUrl}: cold start ${api.coldStartMs.toFixed(0)} ms (spawn to first 200 from /health/ready), RSS ${api.idleRssMiB.toFixed(1)} MiB`,
  );
  let baseline;
  try {
    baseline = await startServer({
      name: 'baseline',
      args: [join(here, 'baseline/server.js')],
      env: { ...serverEnv, PORT: String(baselinePort), JWT_ISSUER: 'groundwork', JWT_AUDIENCE: 'groundwork-api' },
      readyUrl: `${baselineUrl}/health/live`,
    });
    console.log(`baseline pid ${baseline.pid} on ${baselineUrl}`);
    await measure({ api, baseline, apiUrl, baselineUrl, emails, databaseUrl, logFile });
  } finally {
    await Promise.all([api.stop(), baseline?.stop()]);
  }
  if (runJobs) {
    await jobsScenario();
  }
}

/** Enqueue-and-complete throughput and latency, Groundwork's jobs lib against bare pg-boss. */
function jobsScenario() {
  console.log('\nscenario jobs (bench/jobs.js):');
  return runCommand(
    process.execPath,
    [join(here, 'jobs.js'), ...(quick ? ['--quick'] : ['--rounds', String(config.rounds)])],
    { show: true },
  );
}

async function measure({ api, baseline, apiUrl, baselineUrl, emails, databaseUrl, logFile }) {
  const targets = [
    { name: 'api', url: apiUrl },
    { name: 'baseline', url: baselineUrl },
  ];
  const probe = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (probe.status === 404) {
    throw new Error('POST /api/v1/auth/login answers 404: the AuthModule is not wired into the API yet');
  }

  const shared = {
    emails,
    password: seedPassword,
    connections: config.connections,
    loginCursor: 0,
    refreshCursor: 5_000,
  };
  // Fresh access tokens each round (they live 15 minutes); the same tokens go to both targets.
  const newTokens = async () => {
    const sessions = await loginAll(apiUrl, emails.slice(0, config.connections), seedPassword);
    shared.meTokens = sessions.map((session) => session.accessToken);
    shared.adminToken = (await login(apiUrl, admin.email, admin.password)).accessToken;
  };
  await step(`${config.connections} sessions for me + the admin's`, newTokens);
  const shapes = await compareShapes(apiUrl, baselineUrl, shared.meTokens[0], shared.adminToken);
  console.log(
    `same JSON from API and baseline: ${Object.entries(shapes)
      .map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`)
      .join(', ')}`,
  );

  const once = async (scenario, target, duration) => {
    const run = await scenarioRun(scenario, target, shared);
    const result = await runLoad(
      { url: target.url, connections: config.connections, duration, timeout: 10, ...run.options },
      run.onResponse,
    );
    return { ...summarise(result), tags: run.finish?.() };
  };

  await step(`warm-up (${config.warmup} s per scenario and target, discarded)`, async () => {
    for (const scenario of config.scenarios) {
      for (const target of targets) {
        await once(scenario, target, config.warmup);
      }
    }
  });

  const runs = [];
  for (let round = 1; round <= config.rounds; round++) {
    if (round > 1) {
      await newTokens();
    }
    for (const scenario of config.scenarios) {
      // Alternate who goes first, so neither always runs on a machine the other just heated.
      const order = round % 2 === 1 ? targets : [...targets].reverse();
      for (const target of order) {
        const figures = await once(scenario, target, config.duration);
        // Where the API's memory grows, scenario by scenario.
        const rssAfterMiB = rssMiB(target.name === 'api' ? api.pid : baseline.pid);
        runs.push({ round, scenario, target: target.name, ...figures, rssAfterMiB });
        const me = figures.tags?.me
          ? ` (me p50 ${figures.tags.me.p50.toFixed(1)} p99 ${figures.tags.me.p99.toFixed(1)})`
          : '';
        console.log(
          `  round ${round} ${scenario.padEnd(7)} ${target.name.padEnd(8)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  errors ${figures.errors}  RSS ${rssAfterMiB.toFixed(0)} MiB${me}`,
        );
        if (figures.errors > 0) {
          console.log(`    status codes ${JSON.stringify(figures.statusCodes)}, timeouts ${figures.timeouts}`);
        }
      }
    }
  }

  const rss = rssMiB(api.pid);
  const baselineRss = rssMiB(baseline.pid);
  // A failed soak must not cost the rounds' results.
  const soak =
    Number(args.soak) > 0
      ? await soakRun(api, apiUrl, shared, newTokens, Number(args.soak)).catch((error) => {
          console.warn(`soak failed: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        })
      : undefined;
  const requestLogLines = await countRequestLogLines(logFile);
  if (!args['keep-log']) {
    rmSync(logFile, { force: true });
  }

  const summary = summariseRuns(runs, config.scenarios);
  const targetsChecked = checkTargets(summary, {
    coldStartMs: api.coldStartMs,
    rssMiB: rss,
    baselineRssMiB: baselineRss,
  });
  console.log('');
  console.log(formatTable(summary));
  console.log('');
  console.log(
    `cold start ${api.coldStartMs.toFixed(0)} ms; API RSS after the run ${rss.toFixed(1)} MiB (${api.idleRssMiB.toFixed(1)} at start; baseline ${baselineRss.toFixed(1)}); ${requestLogLines} request log lines written at info`,
  );
  for (const [scenario, entry] of Object.entries(summary)) {
    console.log(`ratio ${scenario} ${entry.ratio.toFixed(3)}`);
  }
  console.log('');
  for (const check of targetsChecked) {
    console.log(`${check.status.padEnd(4)}  ${check.name.padEnd(22)} ${check.shown}`);
  }

  const record = {
    timestamp: new Date().toISOString(),
    config: { ...config, throttle: THROTTLE_NOTE, logLevel: 'info' },
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg(),
      postgres: await serverVersion(databaseUrl),
      commit: gitCommit(),
    },
    coldStartMs: api.coldStartMs,
    apiRssMiB: rss,
    apiIdleRssMiB: api.idleRssMiB,
    baselineRssMiB: baselineRss,
    requestLogLines,
    soak,
    sameJson: shapes,
    summary,
    targets: targetsChecked,
    runs,
  };
  const jsonFile = join(resultsDir, `${stamp}.json`);
  writeFileSync(jsonFile, `${JSON.stringify(record, null, 2)}\n`);
  const svg = renderSvg(summary, {
    title: 'Groundwork API vs bare Fastify: requests per second',
    subtitle: `${config.rounds} round(s) x ${config.duration} s, ${config.connections} connections, Node ${process.version}, ${cpus().length} cores, ${record.timestamp.slice(0, 16)}Z`,
  });
  writeFileSync(join(resultsDir, `${stamp}.svg`), svg);
  writeFileSync(join(resultsDir, 'latest.svg'), svg);
  console.log(
    `\nwrote ${relative(root, jsonFile)}, ${relative(root, join(resultsDir, `${stamp}.svg`))} and bench/results/latest.svg`,
  );
}

/**
 * The mixed load against the API alone for `seconds`, its RSS sampled every 10 s, then 30 s idle:
 * memory that keeps growing under a steady load (a leak) or is not returned when idle shows here.
 */
async function soakRun(api, apiUrl, shared, newTokens, seconds) {
  await newTokens();
  const startedAt = performance.now();
  const samples = [{ s: 0, rssMiB: rssMiB(api.pid) }];
  const sample = () => samples.push({ s: Math.round((performance.now() - startedAt) / 1000), rssMiB: rssMiB(api.pid) });
  console.log(`\nsoak: mixed at ${config.connections} connections for ${seconds} s, then 30 s idle`);
  const timer = setInterval(sample, 10_000);
  const run = await scenarioRun('mixed', { name: 'api', url: apiUrl }, shared);
  const figures = summarise(
    await runLoad(
      { url: apiUrl, connections: config.connections, duration: seconds, timeout: 10, ...run.options },
      run.onResponse,
    ),
  );
  clearInterval(timer);
  sample();
  const loadedAt = samples.length - 1;
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  sample();
  const tags = run.finish();
  const tail = samples.slice(1, loadedAt + 1);
  const half = tail.slice(Math.floor(tail.length / 2));
  const result = {
    seconds,
    rps: figures.rps,
    errors: figures.errors,
    meP99: tags.me.p99,
    samples,
    // Growth over the second half of the load: flat means no leak.
    secondHalfGrowthMiB: half.length > 1 ? half.at(-1).rssMiB - half[0].rssMiB : 0,
    maxMiB: Math.max(...samples.map((entry) => entry.rssMiB)),
    idleMiB: samples.at(-1).rssMiB,
  };
  console.log(
    `soak: ${figures.rps.toFixed(0)} req/s, errors ${figures.errors}, me p99 ${tags.me.p99.toFixed(1)} ms; RSS MiB ${samples.map((entry) => `${entry.s}s:${entry.rssMiB.toFixed(0)}`).join(' ')}; max ${result.maxMiB.toFixed(0)}, growth over the second half ${result.secondHalfGrowthMiB.toFixed(1)}, 30 s idle ${result.idleMiB.toFixed(0)}`,
  );
  return result;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
