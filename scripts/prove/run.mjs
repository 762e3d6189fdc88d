// npm run prove [-- --soak 600 --instances 3 --skip-build --only name,name --out file]
// --only replaces just those scenarios' rows in the results file and the README table.
// The fault table: a private PostgreSQL and Redis, API instances behind NGINX, bounded load, and one
// row per scenario. Never touches the machine's own PostgreSQL or Redis. Method: scripts/prove/README.md.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPrivatePostgres, startPrivateRedis } from './lib/private-services.mjs';
import { startInstance, startNginx, waitUntil } from './lib/fleet.mjs';
import { drive, send, summarise } from './lib/driver.mjs';
import { SCENARIOS } from './lib/scenarios.mjs';
import { formatTable, updateReadme } from './lib/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    soak: { type: 'string', default: '600' },
    instances: { type: 'string', default: '3' },
    only: { type: 'string' },
    out: { type: 'string', default: join(root, 'scripts/prove/results/latest.json') },
    'no-readme': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(
    'npm run prove -- [--soak seconds (600)] [--instances 3] [--only rolling-restart,...] [--skip-build] [--no-readme]',
  );
  process.exit(0);
}

for (const tool of ['nginx', 'redis-server']) {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    console.error(`${tool} is needed: apt-get install -y ${tool === 'nginx' ? 'nginx' : 'redis-server'}`);
    process.exit(1);
  }
}
if (!args['skip-build']) {
  console.log('Building...');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}

const dir = mkdtempSync(join(tmpdir(), 'gw-prove-'));
const logDir = join(dir, 'logs');
mkdirSync(logDir);
const cleanup = [];
const log = (message) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${message}`);

try {
  log('starting a private PostgreSQL and Redis');
  const postgres = await startPrivatePostgres();
  cleanup.push(() => postgres.destroy());
  const redis = await startPrivateRedis();
  cleanup.push(() => redis.destroy());
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('CREATE DATABASE groundwork');
  await admin.end();
  const databaseUrl = postgres.urlFor('groundwork');
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  db.on('error', () => undefined);
  cleanup.push(() => db.end());

  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: redis.url,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    TRUST_PROXY: 'true',
    // Load comes from one machine: the general limit is out of the way, the strict one stays at its default.
    THROTTLE_LIMIT: '1000000',
    SHUTDOWN_DRAIN_DELAY_MS: '2000',
    SMTP_URL: undefined,
    // No mail server in the proof: production refuses that unless the log transport is chosen (it never logs tokens).
    MAIL_TRANSPORT: 'log',
    DOCS_ENABLED: 'false',
  };
  // As a release does it: production refuses to migrate at an instance's start.
  log('migrating');
  execFileSync(process.execPath, [join(root, 'dist/apps/cli/src/main.js'), 'migrate'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  log(`starting ${args.instances} API instances`);
  const instances = [];
  for (let i = 0; i < Number(args.instances); i += 1) {
    const instance = await startInstance({
      root,
      env,
      logDir,
      name: `api-${i + 1}`,
    });
    instances.push(instance);
    cleanup.push(() => instance.stop('SIGKILL').catch(() => undefined));
  }
  const nginx = await startNginx({ root, dir, instances });
  cleanup.push(() => nginx.stop());
  log(`NGINX on ${nginx.url}`);

  const context = {
    nginx,
    instances,
    postgres,
    redis,
    db,
    log,
    drive,
    send,
    summarise,
    waitUntil,
    soakSeconds: Number(args.soak),
    randomUUID,
  };
  const wanted = args.only?.split(',');
  const rows = [];
  for (const scenario of SCENARIOS.filter((s) => !wanted || wanted.includes(s.name))) {
    log(`scenario ${scenario.name}`);
    const started = Date.now();
    try {
      const row = await scenario.run(context);
      rows.push({ scenario: scenario.name, ...row, seconds: Math.round((Date.now() - started) / 1000) });
    } catch (error) {
      rows.push({ scenario: scenario.name, pass: false, result: `error: ${error.message}` });
    }
    log(`  ${rows.at(-1).pass ? 'pass' : 'FAIL'}: ${rows.at(-1).result}`);
  }
  const when = new Date().toISOString();
  const report = {
    when,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    options: { instances: Number(args.instances), soakSeconds: Number(args.soak) },
    rows,
  };
  // With --only, the scenarios run replace their own rows of the last full run (marked with when
  // they ran); the other rows, and the full run's date and options, stay.
  const previous = wanted && existsSync(args.out) ? JSON.parse(readFileSync(args.out, 'utf8')) : undefined;
  if (previous) {
    const ran = new Map(rows.map((row) => [row.scenario, { ...row, ranAlone: when }]));
    report.when = previous.when;
    report.options = previous.options;
    report.rows = [
      ...previous.rows.map((row) => ran.get(row.scenario) ?? row),
      ...[...ran.values()].filter((row) => !previous.rows.some((old) => old.scenario === row.scenario)),
    ];
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatTable(rows)}\n\nResults: ${args.out}`);
  if (!args['no-readme']) {
    updateReadme(join(root, 'README.md'), report.rows, report);
  }
  process.exitCode = rows.every((row) => row.pass) ? 0 : 1;
} catch (error) {
  console.error(`prove failed: ${error.stack ?? error}`);
  console.error(`logs: ${logDir}`);
  process.exitCode = 1;
} finally {
  for (const step of cleanup.reverse()) {
    await step().catch(() => undefined);
  }
  if (process.exitCode === 0) {
    rmSync(dir, { recursive: true, force: true });
  }
}
