// npm run bench -- --users 1000000 [--rounds 2 --duration 10 --skip-build]
// Does the cost per request stay flat as the data grows? Two databases seeded the same way, one at
// 10,000 users and one at --users (with as many sessions and refresh tokens), an API and a baseline
// on each; every round runs each scenario on all four, alternating; the ratio is req/s at the large
// size over req/s at 10,000, per target. EXPLAIN plans of every list and lookup are recorded too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchSecrets, productionEnv, serverEnv } from './lib/environment.js';
import { prepareScaledDatabase, serverUrl, settle } from './lib/database.js';
import { median, runLoad, summarise } from './lib/load.js';
import { freePort, runCommand, startServer } from './lib/processes.js';
import { login, loginAll, scenarioRun } from './lib/scenarios.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const resultsDir = join(here, 'results');

const { values: args } = parseArgs({
  options: {
    users: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '2' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    scenarios: { type: 'string', default: 'me,list-first,list-deep-cursor,refresh,list,list-deep-offset' },
    'skip-build': { type: 'boolean', default: false },
  },
  strict: false,
});
const SMALL = 10_000;
const config = {
  small: SMALL,
  large: Number(args.users),
  rounds: Number(args.rounds),
  duration: Number(args.duration),
  warmup: Number(args.warmup),
  connections: Number(args.connections),
  scenarios: String(args.scenarios).split(','),
  poolSize: 10,
};

const step = async (label, work) => {
  const started = performance.now();
  process.stdout.write(`${label} ... `);
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${seconds.toFixed(1)} s`);
  return { result, seconds };
};

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const startedAt = performance.now();
  console.log(`Groundwork scale bench: ${JSON.stringify({ ...config, scenarios: config.scenarios.join(',') })}`);
  if (!args['skip-build']) {
    await step('npm run build', () => runCommand('npm', ['run', 'build']));
  }
  const secrets = benchSecrets();
  const sizes = [];
  for (const users of [config.small, config.large]) {
    const { result, seconds } = await step(
      `database groundwork_bench_${users} (migrate, ${users} users and as many sessions, VACUUM ANALYZE)`,
      () =>
        prepareScaledDatabase({
          serverUrl,
          name: `groundwork_bench_${users}`,
          env: productionEnv(secrets),
          users,
          password: secrets.seedPassword,
          admin: secrets.admin,
        }),
    );
    sizes.push({ users, ...result, seedSeconds: seconds });
  }

  const servers = [];
  try {
    for (const size of sizes) {
      const env = serverEnv(secrets, { databaseUrl: size.url, poolSize: config.poolSize });
      for (const [target, script, ready] of [
        ['api', join(root, 'dist/apps/api/src/main.js'), '/health/ready'],
        ['baseline', join(here, 'baseline/server.js'), '/health/live'],
      ]) {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const server = await startServer({
          name: `${target} ${size.users}`,
          args: [script],
          env: { ...env, PORT: String(port), JWT_ISSUER: 'groundwork', JWT_AUDIENCE: 'groundwork-api' },
          readyUrl: `${url}${ready}`,
        });
        servers.push(server);
        size[target] = { name: target, url };
      }
    }
    await measure(sizes, secrets, startedAt);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** Per database: sessions for me, the admin's token, and the deep-page paths (page and cursor at the middle). */
async function prepareShared(size, secrets) {
  const sessions = await loginAll(size.api.url, size.emails.slice(0, config.connections), secrets.seedPassword);
  const middlePage = Math.floor(size.users / 2 / 20);
  return {
    emails: size.emails,
    password: secrets.seedPassword,
    connections: config.connections,
    loginCursor: 0,
    refreshCursor: 0,
    meTokens: sessions.map((session) => session.accessToken),
    adminToken: (await login(size.api.url, secrets.admin.email, secrets.admin.password)).accessToken,
    deepCursor: size.middleCursor,
    deepPage: middlePage,
  };
}

async function measure(sizes, secrets, startedAt) {
  for (const size of sizes) {
    size.shared = await prepareShared(size, secrets);
    const probe = await fetch(`${size.api.url}/api/v1/users?limit=20&sort=-createdAt&cursor=${size.middleCursor}`, {
      headers: { authorization: `Bearer ${size.shared.adminToken}` },
    });
    if (probe.status !== 200) {
      throw new Error(`the deep cursor page answers ${probe.status}: ${await probe.text()}`);
    }
  }
  const runs = [];
  const once = async (size, targetName, scenario, duration) => {
    const target = size[targetName];
    const run = await scenarioRun(scenario, target, size.shared);
    const result = await runLoad(
      { url: target.url, connections: config.connections, duration, timeout: 10, ...run.options },
      run.onResponse,
    );
    // The next run starts on a quiet server, whatever this one left running.
    await settle(
      serverUrl,
      sizes.map((each) => `groundwork_bench_${each.users}`),
    );
    return summarise(result);
  };
  const order = [];
  for (const size of sizes) {
    for (const target of ['api', 'baseline']) {
      order.push([size, target]);
    }
  }
  await step(`warm-up (${config.warmup} s per scenario, size and target, discarded)`, async () => {
    for (const scenario of config.scenarios) {
      for (const [size, target] of order) {
        await once(size, target, scenario, config.warmup);
      }
    }
  });
  for (let round = 1; round <= config.rounds; round++) {
    for (const scenario of config.scenarios) {
      // Alternate which size goes first, so neither always runs on a machine the other just heated.
      const roundOrder = round % 2 === 1 ? order : [...order].reverse();
      for (const [size, target] of roundOrder) {
        const figures = await once(size, target, scenario, config.duration);
        runs.push({ round, scenario, users: size.users, target, ...figures });
        console.log(
          `  round ${round} ${scenario.padEnd(16)} ${String(size.users).padStart(8)} ${target.padEnd(8)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  errors ${figures.errors}`,
        );
      }
    }
  }

  const [small, large] = sizes;
  const rpsOf = (scenario, users, target) =>
    median(runs.filter((r) => r.scenario === scenario && r.users === users && r.target === target).map((r) => r.rps));
  /** Median over rounds of the per-round ratio large/small (the two ran in the same round). */
  const ratioOf = (scenario, target) =>
    median(
      Array.from({ length: config.rounds }, (_, i) => {
        const of = (users) =>
          runs.find((r) => r.round === i + 1 && r.scenario === scenario && r.users === users && r.target === target);
        return of(large.users)?.rps / of(small.users)?.rps;
      }),
    );
  const summary = Object.fromEntries(
    config.scenarios.map((scenario) => [
      scenario,
      {
        api: { small: rpsOf(scenario, small.users, 'api'), large: rpsOf(scenario, large.users, 'api') },
        baseline: { small: rpsOf(scenario, small.users, 'baseline'), large: rpsOf(scenario, large.users, 'baseline') },
        apiRatio: ratioOf(scenario, 'api'),
        baselineRatio: ratioOf(scenario, 'baseline'),
      },
    ]),
  );
  const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
  console.log('');
  console.log(
    `scenario          API ${small.users}  API ${large.users}  ratio  base ${small.users}  base ${large.users}  ratio`,
  );
  for (const [scenario, entry] of Object.entries(summary)) {
    console.log(
      `${scenario.padEnd(16)}  ${fmt(entry.api.small).padStart(9)}  ${fmt(entry.api.large).padStart(11)}  ${fmt(entry.apiRatio, 2).padStart(5)}  ${fmt(entry.baseline.small).padStart(10)}  ${fmt(entry.baseline.large).padStart(12)}  ${fmt(entry.baselineRatio, 2).padStart(5)}`,
    );
  }
  console.log('');
  for (const [scenario, entry] of Object.entries(summary)) {
    console.log(`scale ${scenario} ${fmt(entry.apiRatio, 3)}`);
  }
  console.log('\nEXPLAIN at', large.users, 'users:');
  for (const plan of large.plans) {
    console.log(`  ${plan.name.padEnd(34)} ${plan.summary}`);
  }
  const totalSeconds = (performance.now() - startedAt) / 1000;
  console.log(
    `\nseeding: ${small.users} users ${fmt(small.seedSeconds, 1)} s, ${large.users} users ${fmt(large.seedSeconds, 1)} s; whole run ${fmt(totalSeconds / 60, 1)} min`,
  );
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(resultsDir, `scale-${stamp}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        timestamp: new Date().toISOString(),
        config,
        environment: { node: process.version, cpus: cpus().length, loadAverageAtEnd: loadavg() },
        seeding: sizes.map((size) => ({ users: size.users, seconds: size.seedSeconds })),
        totalSeconds,
        summary,
        plans: Object.fromEntries(sizes.map((size) => [size.users, size.plans])),
        runs,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${relative(root, file)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nscale bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
