// npm run bench:telemetry [-- --rounds 2 --duration 10 --skip-build --scenarios me,list]
// The cost of telemetry: the same API with metrics and tracing off, with metrics on (/metrics on its
// own port, scraped every 5 s), with metrics and tracing on (100 % sampling, OTLP/HTTP protobuf to a
// local sink), and the same sampling one trace in ten, driven in turn with the same requests; reports
// each as a ratio to "off".
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchSecrets, productionEnv, serverEnv as makeServerEnv } from './lib/environment.js';
import { prepareDatabase, seededEmails, serverUrl } from './lib/database.js';
import { median, runLoad, summarise } from './lib/load.js';
import { cpuSeconds, freePort, rssMiB, runCommand, startServer } from './lib/processes.js';
import { login, loginAll, scenarioRun } from './lib/scenarios.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const resultsDir = join(here, 'results');

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    scenarios: { type: 'string', default: 'me,list' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const config = {
  rounds: Number(args.rounds),
  duration: Number(args.duration),
  warmup: Number(args.warmup),
  connections: Number(args.connections),
  scenarios: args.scenarios.split(','),
  users: 10_000,
  poolSize: 10,
};
const VARIANTS = ['off', 'metrics', 'metrics+tracing', 'metrics+tracing 10%'];
const secrets = benchSecrets();

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  console.log(`Groundwork telemetry bench: ${JSON.stringify(config)}`);
  if (!args['skip-build']) {
    await runCommand('npm', ['run', 'build']);
  }
  // Its own database: the main bench's may be in use.
  const databaseUrl = await prepareDatabase({
    serverUrl,
    name: 'groundwork_bench_telemetry',
    env: productionEnv(secrets),
    users: config.users,
    password: secrets.seedPassword,
    admin: secrets.admin,
  });
  const emails = await seededEmails(databaseUrl);
  const sinkPort = await freePort();
  const sink = await startServer({
    name: 'OTLP sink',
    args: [join(here, 'lib/otlp-sink.js')],
    env: { ...process.env, PORT: String(sinkPort) },
    readyUrl: `http://127.0.0.1:${sinkPort}/stats`,
  });
  const servers = [];
  try {
    for (const variant of VARIANTS) {
      const [port, metricsPort] = [await freePort(), await freePort()];
      const env = { ...makeServerEnv(secrets, { databaseUrl, poolSize: config.poolSize }), PORT: String(port) };
      if (variant !== 'off') {
        env.METRICS_PORT = String(metricsPort);
      }
      if (variant.startsWith('metrics+tracing')) {
        env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${sinkPort}`;
      }
      if (variant === 'metrics+tracing 10%') {
        // The sampler a busy fleet would run: one trace in ten, the rest cost only their ids.
        env.OTEL_TRACES_SAMPLER = 'parentbased_traceidratio';
        env.OTEL_TRACES_SAMPLER_ARG = '0.1';
      }
      const url = `http://127.0.0.1:${port}`;
      const server = await startServer({
        name: variant,
        args: [join(root, 'dist/apps/api/src/main.js')],
        env,
        readyUrl: `${url}/health/ready`,
      });
      servers.push({
        ...server,
        variant,
        url,
        metricsUrl: variant === 'off' ? undefined : `http://127.0.0.1:${metricsPort}/metrics`,
      });
    }
    return await measure(servers, emails, sinkPort);
  } finally {
    await Promise.all([...servers.map((server) => server.stop()), sink.stop()]);
  }
}

async function measure(servers, emails, sinkPort) {
  const shared = { emails, password: secrets.seedPassword, connections: config.connections, loginCursor: 0 };
  // Sessions live in the shared database and tokens are signed with the shared secret: one set serves all.
  const sessions = await loginAll(servers[0].url, emails.slice(0, config.connections), secrets.seedPassword);
  shared.meTokens = sessions.map((session) => session.accessToken);
  shared.adminToken = (await login(servers[0].url, secrets.admin.email, secrets.admin.password)).accessToken;

  // A Prometheus-like scraper on every instance that has metrics.
  let scrapes = 0;
  const scraper = setInterval(() => {
    for (const server of servers.filter((s) => s.metricsUrl)) {
      fetch(server.metricsUrl)
        .then((response) => response.text())
        .then(
          () => (scrapes += 1),
          () => undefined,
        );
    }
  }, 5_000);

  const once = async (scenario, server, duration) => {
    const run = await scenarioRun(scenario, { name: server.variant, url: server.url }, shared);
    const cpuBefore = cpuSeconds(server.pid);
    const result = await runLoad(
      { url: server.url, connections: config.connections, duration, timeout: 10, ...run.options },
      run.onResponse,
    );
    const figures = summarise(result);
    // CPU the API spent per request: steadier than req/s on a shared machine, where the API does not
    // get the cores to itself.
    return { ...figures, cpuUsPerRequest: ((cpuSeconds(server.pid) - cpuBefore) * 1e6) / figures.requests };
  };

  try {
    for (const scenario of config.scenarios) {
      for (const server of servers) {
        await once(scenario, server, config.warmup);
      }
    }
    const runs = [];
    for (let round = 1; round <= config.rounds; round++) {
      for (const scenario of config.scenarios) {
        // Each round starts with a different variant, so none always runs on a machine another just heated.
        const order = servers.map((_, i) => servers[(i + round - 1) % servers.length]);
        for (const server of order) {
          const figures = await once(scenario, server, config.duration);
          runs.push({ round, scenario, variant: server.variant, ...figures, rssMiB: rssMiB(server.pid) });
          console.log(
            `  round ${round} ${scenario.padEnd(5)} ${server.variant.padEnd(19)} ${figures.rps.toFixed(0).padStart(6)} req/s  ${figures.cpuUsPerRequest.toFixed(0).padStart(5)} us CPU/request  p50 ${figures.p50} ms  p99 ${figures.p99} ms  errors ${figures.errors}`,
          );
        }
      }
    }
    const sinkStats = await (await fetch(`http://127.0.0.1:${sinkPort}/stats`)).json();
    return report(runs, { scrapes, sinkStats });
  } finally {
    clearInterval(scraper);
  }
}

function report(runs, extra) {
  const summary = {};
  for (const scenario of config.scenarios) {
    summary[scenario] = {};
    for (const variant of VARIANTS) {
      const mine = runs.filter((r) => r.scenario === scenario && r.variant === variant);
      const offOf = (run) => runs.find((r) => r.scenario === scenario && r.round === run.round && r.variant === 'off');
      summary[scenario][variant] = {
        rps: median(mine.map((r) => r.rps)),
        p99: median(mine.map((r) => r.p99)),
        cpuUsPerRequest: median(mine.map((r) => r.cpuUsPerRequest)),
        ratio: median(mine.map((run) => run.rps / offOf(run).rps)),
        // The throughput the API would keep if CPU were the limit: off's CPU per request over this one's.
        cpuRatio: median(mine.map((run) => offOf(run).cpuUsPerRequest / run.cpuUsPerRequest)),
      };
    }
  }
  console.log('');
  console.log('| scenario | variant | req/s | p99 ms | req/s ratio to off | CPU us/request | CPU ratio to off |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [scenario, variants] of Object.entries(summary)) {
    for (const [variant, entry] of Object.entries(variants)) {
      console.log(
        `| ${scenario} | ${variant} | ${entry.rps.toFixed(0)} | ${entry.p99} | ${entry.ratio.toFixed(3)} | ${entry.cpuUsPerRequest.toFixed(0)} | ${entry.cpuRatio.toFixed(3)} |`,
      );
    }
  }
  console.log(
    `\n${extra.scrapes} scrapes; the OTLP sink received ${extra.sinkStats.exports} exports (${(extra.sinkStats.bytes / 1e6).toFixed(1)} MB)`,
  );
  for (const [scenario, variants] of Object.entries(summary)) {
    for (const variant of VARIANTS.slice(1)) {
      console.log(
        `ratio ${scenario} ${variant} ${variants[variant].ratio.toFixed(3)} (req/s), ${variants[variant].cpuRatio.toFixed(3)} (CPU per request)`,
      );
    }
  }
  const record = {
    timestamp: new Date().toISOString(),
    config,
    environment: { node: process.version, cpus: cpus().length, loadAverageAtEnd: loadavg() },
    sampler:
      'parentbased_always_on (the SDK default: every trace sampled); the 10% variant parentbased_traceidratio 0.1',
    ...extra,
    summary,
    runs,
  };
  const file = join(resultsDir, `telemetry-${record.timestamp.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nwrote ${relative(root, file)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(
      `\ntelemetry bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
