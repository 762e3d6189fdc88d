// npm run dev: the API in watch mode for development.
//
// One `nest build --watch` compiles on every change (incrementally); after each compile without
// errors the aliases are rewritten and the API restarts (the old process drains first). A compile
// with errors leaves the running API alone. What outlives the restarts is started here, once:
//   - the embedded PostgreSQL under EMBEDDED_DATABASE_DIR (unless DATABASE_URL is set), so a restart
//     costs a boot, not a database start; the API gets its URL and migrates on start;
//   - a development JWT_SECRET kept in data/dev-jwt-secret (unless JWT_SECRET is set), so tokens
//     issued before a change still work after it. Production never runs this script.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
const DIST_MAIN = join(ROOT, 'dist/apps/api/src/main.js');
// tsc's watch status line after each compile.
const COMPILED = /Found (\d+) errors?\. Watching for file changes/;

const say = (message) => process.stdout.write(`[dev] ${message}\n`);

// What the API will see: the real environment over .env, as the app's config reads them.
const dotenv = existsSync(join(ROOT, '.env')) ? parseEnv(readFileSync(join(ROOT, '.env'), 'utf8')) : {};
const setting = (name) => {
  const value = process.env[name] ?? dotenv[name];
  return value === undefined || value === '' ? undefined : value;
};

if ((setting('NODE_ENV') ?? 'development') === 'production') {
  process.stderr.write('npm run dev is for development: NODE_ENV=production runs `npm start` instead\n');
  process.exit(1);
}

/** The development signing key: generated once, readable by its owner only, never committed (data/). */
function devJwtSecret() {
  const file = join(ROOT, 'data/dev-jwt-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) {
      return kept;
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  say(`a development JWT_SECRET was generated in ${file} (kept across restarts)`);
  return secret;
}

const env = {
  ...process.env,
  NODE_ENV: setting('NODE_ENV') ?? 'development',
  JWT_SECRET: setting('JWT_SECRET') ?? devJwtSecret(),
  // A restart should not wait for load balancers that are not there.
  SHUTDOWN_DRAIN_DELAY_MS: setting('SHUTDOWN_DRAIN_DELAY_MS') ?? '0',
};

let embedded; // the handle of the server this runner started (or joined)
let api; // { child, exited: Promise<void> }
let stopping = false;

function startApi() {
  const child = spawn(process.execPath, ['--enable-source-maps', DIST_MAIN], { cwd: ROOT, env, stdio: 'inherit' });
  const exited = new Promise((done) => child.once('exit', () => done()));
  api = { child, exited };
  say(`API started (pid ${child.pid})`);
}

async function stopApi() {
  const current = api;
  api = undefined;
  if (current && current.child.exitCode === null && current.child.signalCode === null) {
    current.child.kill('SIGTERM');
    await current.exited;
  }
}

async function startDatabase() {
  if (setting('DATABASE_URL') !== undefined) {
    say('DATABASE_URL is set: using that server');
    return;
  }
  const dataDir = resolve(ROOT, setting('EMBEDDED_DATABASE_DIR') ?? './data/postgres');
  const { startEmbeddedPostgres } = await import(pathToFileURL(join(ROOT, 'dist/libs/database/src/index.js')).href);
  embedded = await startEmbeddedPostgres({
    dataDir,
    log: { log: say, warn: say, error: (message) => process.stderr.write(`[dev] ${message}\n`) },
  });
  say(`embedded PostgreSQL on 127.0.0.1:${embedded.port} (${dataDir}), kept across restarts`);
  env.DATABASE_URL = embedded.url;
  env.DATABASE_MIGRATE_ON_START = setting('DATABASE_MIGRATE_ON_START') ?? 'true';
}

// Compiles are handled one at a time, in order: a restart never overlaps the previous one.
let queue = Promise.resolve();
let first = true;
function onCompiled(errors) {
  queue = queue.then(async () => {
    if (stopping) {
      return;
    }
    if (errors > 0) {
      say(api ? 'the build has errors: the API keeps running the last good build' : 'fix the errors to start');
      return;
    }
    const alias = spawnSync(join(BIN, 'tsc-alias'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    if (alias.status !== 0) {
      say('tsc-alias failed: the API keeps running the last good build');
      return;
    }
    if (first) {
      first = false;
      await startDatabase();
    } else {
      say('change compiled: restarting the API');
      await stopApi();
    }
    startApi();
  });
  queue = queue.catch((error) => {
    process.stderr.write(`[dev] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    void shutdown(1);
  });
}

const watcher = spawn(join(BIN, 'nest'), ['build', 'api', '--watch', '--preserveWatchOutput'], {
  cwd: ROOT,
  env: process.env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let pending = '';
watcher.stdout.setEncoding('utf8');
watcher.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const match = COMPILED.exec(line);
    if (match) {
      onCompiled(Number(match[1]));
    }
  }
});
watcher.once('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`[dev] the compiler exited (${code}); stopping\n`);
    void shutdown(1);
  }
});

async function shutdown(code) {
  if (stopping) {
    return;
  }
  stopping = true;
  watcher.kill('SIGTERM');
  await stopApi();
  // Stops the server unless another process (a CLI command, a second API) still uses it.
  await embedded?.stop();
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
