import { spawn } from 'node:child_process';
import { appendFile, chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.server.js';
import { isProcessAlive, readPostmasterPid } from './postmaster-pid.js';
import { lookupPostgresUser } from './root-access.js';

const isRoot = process.getuid?.() === 0;
const itAsRoot = isRoot ? it : it.skip;

function collectingLog() {
  const lines: string[] = [];
  const push = (msg: string) => lines.push(msg);
  return { lines, log: { log: push, warn: push, error: push } };
}

/** Every pg client in these tests gets an 'error' listener, or a server shutdown crashes Jest. */
async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('startEmbeddedPostgres', () => {
  let root: string;
  let dataDir: string;
  const handles: EmbeddedPostgresHandle[] = [];
  const start = async (dir: string, log = collectingLog().log) => {
    const handle = await startEmbeddedPostgres({ dataDir: dir, log });
    handles.push(handle);
    return handle;
  };

  beforeAll(async () => {
    // mkdtemp makes 0700 dirs, which the postgres user could not traverse when we are root.
    root = await mkdtemp(join(tmpdir(), 'gw-embedded-pg-'));
    await chmod(root, 0o755);
    dataDir = join(root, 'data', 'postgres');
  });

  afterAll(async () => {
    await Promise.all(handles.map((handle) => handle.stop()));
    for (const dir of [dataDir, join(root, 'orphan', 'postgres')]) {
      const pid = (await readPostmasterPid(dir).catch(() => undefined))?.pid;
      if (pid && (await isProcessAlive(pid))) {
        process.kill(pid, 'SIGKILL');
      }
    }
    await rm(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, on a port the OS picked at start', async () => {
    const beforeExitListeners = process.listenerCount('beforeExit');
    const { lines, log } = collectingLog();
    const handle = await start(dataDir, log);

    expect(lines).toEqual(
      expect.arrayContaining([expect.stringContaining(`initialising a new cluster in ${dataDir}`)]),
    );
    expect(handle.url).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${handle.port}/groundwork$`));
    expect(handle.port).not.toBe(5432);
    const settings = await withClient(handle.url, async (client) => {
      const { rows } = await client.query<{ name: string; setting: string }>(
        `SELECT name, setting FROM pg_settings WHERE name IN ('listen_addresses', 'unix_socket_directories', 'server_encoding')`,
      );
      return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
    });
    expect(settings).toEqual({
      listen_addresses: '127.0.0.1',
      unix_socket_directories: '',
      server_encoding: 'UTF8',
    });
    // The library's async-exit-hook handlers were removed; the handle owns shutdown.
    expect(process.listenerCount('beforeExit')).toBe(beforeExitListeners);
    await handle.stop();
    // Nothing about the port is kept: it is free again once stopped.
    await new Promise<void>((resolve, reject) => {
      const probe = createServer().once('error', reject);
      probe.listen(handle.port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  }, 30_000);

  it('keeps a random password in a 0600 file beside the data dir and authenticates with scram-sha-256', async () => {
    const passwordFile = `${dataDir}.password`;
    const password = (await readFile(passwordFile, 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect((await stat(passwordFile)).mode & 0o777).toBe(0o600);

    const handle = await start(dataDir);
    expect(decodeURIComponent(new URL(handle.url).password)).toBe(password);
    const stored = await withClient(handle.url, async (client) => {
      const { rows } = await client.query<{ rolpassword: string }>(
        `SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'`,
      );
      return rows[0]?.rolpassword;
    });
    expect(stored).toMatch(/^SCRAM-SHA-256\$/);
    const hba = await readFile(join(dataDir, 'pg_hba.conf'), 'utf8').catch(() => '');
    if (hba) {
      expect(
        hba
          .split('\n')
          .filter((l) => /^(local|host)/.test(l))
          .every((l) => l.includes('scram-sha-256')),
      ).toBe(true);
    }

    const wrong = new URL(handle.url);
    wrong.password = 'not-the-password';
    await expect(withClient(wrong.toString(), () => Promise.resolve(undefined))).rejects.toMatchObject({
      code: '28P01',
    });
    await handle.stop();
  }, 30_000);

  itAsRoot(
    'as root, runs the server as the postgres user and logs that once',
    async () => {
      const { lines, log } = collectingLog();
      const handle = await start(dataDir, log);
      const postgresUser = await lookupPostgresUser();
      expect(postgresUser).toBeDefined();
      expect((await stat(dataDir)).uid).toBe(postgresUser!.uid);
      const pid = (await readPostmasterPid(dataDir))!.pid!;
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      expect(status).toMatch(new RegExp(`^Uid:\\s+${postgresUser!.uid}\\s`, 'm'));
      expect(lines.filter((line) => /root/.test(line))).toHaveLength(1);
      await handle.stop();
    },
    30_000,
  );

  itAsRoot('as root, names an untraversable ancestor of the data dir and the fix', async () => {
    const locked = join(root, 'locked');
    await mkdir(locked, { mode: 0o700 });
    await chmod(locked, 0o700);
    await expect(
      startEmbeddedPostgres({
        dataDir: join(locked, 'pg'),
        log: collectingLog().log,
      }),
    ).rejects.toThrow(new RegExp(`chmod o\\+x ${locked}.*EMBEDDED_DATABASE_DIR`));
  });

  it('keeps data across restarts, and stop() is idempotent', async () => {
    const first = await start(dataDir);
    await withClient(first.url, (client) =>
      client.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives restarts')`),
    );
    await first.stop();
    await first.stop();

    const second = await start(dataDir);
    const rows = await withClient(second.url, async (client) => (await client.query('SELECT note FROM kept')).rows);
    expect(rows).toEqual([{ note: 'survives restarts' }]);
    await second.stop();
  }, 30_000);

  it('runs 50 overlapping transactions through a pool of 10 without losing an update', async () => {
    const handle = await start(dataDir);
    const pool = new pg.Pool({ connectionString: handle.url, max: 10 });
    pool.on('error', () => undefined);
    try {
      await pool.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)');
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await client.query('UPDATE counter SET n = n + 1 WHERE id = 1');
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          } finally {
            client.release();
          }
        }),
      );
      const { rows } = await pool.query<{ n: number }>('SELECT n FROM counter WHERE id = 1');
      expect(rows[0]?.n).toBe(50);
    } finally {
      await pool.end();
      await handle.stop();
    }
  }, 30_000);

  it('creates extra databases on demand, idempotently', async () => {
    const handle = await start(dataDir);
    const url = await handle.createDatabase('groundwork_test_extra');
    expect(await handle.createDatabase('groundwork_test_extra')).toBe(url);
    expect(url).toBe(handle.url.replace(/\/groundwork$/, '/groundwork_test_extra'));
    const db = await withClient(url, async (client) => (await client.query('SELECT current_database() AS db')).rows[0]);
    expect(db).toEqual({ db: 'groundwork_test_extra' });
    await handle.stop();
  }, 30_000);

  it('stop() resolves when the server already died, and the next start clears the stale pid file', async () => {
    const handle = await start(dataDir);
    const pool = new pg.Pool({ connectionString: handle.url, max: 2 });
    pool.on('error', () => undefined);
    await pool.query('SELECT 1'); // leaves an idle client that sees the server vanish
    const { lines, log } = collectingLog();
    const pid = (await readPostmasterPid(dataDir))!.pid!;
    process.kill(pid, 'SIGKILL');
    while (await isProcessAlive(pid)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    await handle.stop();
    await handle.stop();
    await pool.end().catch(() => undefined);

    const again = await start(dataDir, log);
    expect(lines.join('\n')).toContain(`removed stale ${join(dataDir, 'postmaster.pid')}`);
    const rows = await withClient(again.url, async (client) => (await client.query('SELECT note FROM kept')).rows);
    expect(rows).toEqual([{ note: 'survives restarts' }]);
    await again.stop();
  }, 30_000);

  it('adopts the server a SIGKILLed owner left running, and stops it when it leaves last', async () => {
    const orphanDir = join(root, 'orphan', 'postgres');
    const seeded = await start(orphanDir);
    await seeded.stop();
    const password = (await readFile(`${orphanDir}.password`, 'utf8')).trim();
    const orphanPort = await freePort();

    // A separate Node process starts the server the way the library does, then dies hard.
    const library = pathToFileURL(createRequire(import.meta.url).resolve('embedded-postgres')).href;
    const script = join(root, 'owner.mjs');
    await writeFile(
      script,
      `import EmbeddedPostgres from ${JSON.stringify(library)};
const [databaseDir, port, password] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir, port: Number(port), user: 'postgres', password, authMethod: 'scram-sha-256',
  createPostgresUser: process.getuid() === 0,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  onLog: () => {}, onError: () => {},
});
await server.start();
process.stdout.write('ready\\n');
setInterval(() => {}, 1000);
`,
    );
    const owner = spawn(process.execPath, [script, orphanDir, String(orphanPort), password], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    owner.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      owner.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      owner.once('exit', (code) => reject(new Error(`owner exited early (${code}): ${stderr}`)));
    });
    const exited = new Promise((resolve) => owner.once('exit', resolve));
    owner.kill('SIGKILL');
    await exited;

    const orphan = (await readPostmasterPid(orphanDir))!;
    expect(orphan.port).toBe(orphanPort);
    expect(await isProcessAlive(orphan.pid!)).toBe(true);
    const orphanUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${orphanPort}/groundwork`;
    await withClient(orphanUrl, (client) =>
      client.query(`CREATE TABLE before_crash (note text); INSERT INTO before_crash VALUES ('written to the orphan')`),
    );

    const { lines, log } = collectingLog();
    const adopted = await start(orphanDir, log);
    // Nobody else uses it: the orphan is joined, not restarted, and the last one out stops it.
    expect(lines.join('\n')).toMatch(
      new RegExp(`joining the server already running .*pid ${orphan.pid}, port ${orphanPort}`),
    );
    expect(adopted.port).toBe(orphanPort);
    const rows = await withClient(
      adopted.url,
      async (client) => (await client.query('SELECT note FROM before_crash')).rows,
    );
    expect(rows).toEqual([{ note: 'written to the orphan' }]);
    await adopted.stop();
    expect(await isProcessAlive(orphan.pid!)).toBe(false);
    expect(await readPostmasterPid(orphanDir)).toBeUndefined();
  }, 40_000);

  it('joins a server already running on the data dir; only the last process to leave stops it', async () => {
    const owner = await start(dataDir);
    const { lines, log } = collectingLog();
    const guest = await start(dataDir, log);
    const { pid } = (await readPostmasterPid(dataDir))!;
    expect(guest.port).toBe(owner.port);
    expect(lines.join('\n')).toContain(
      `joining the server already running on ${dataDir} (pid ${pid}, port ${owner.port})`,
    );

    // The guest leaving first leaves the owner's server untouched.
    await guest.stop();
    expect(await isProcessAlive(pid!)).toBe(true);
    await withClient(owner.url, (client) => client.query('SELECT 1'));

    // The owner leaving while a guest is connected hands the server over instead of stopping it.
    const second = await start(dataDir, log);
    await owner.stop();
    expect(await isProcessAlive(pid!)).toBe(true);
    expect(lines.join('\n')).toContain('left running for 1 other process(es) using it');
    const rows = await withClient(second.url, async (client) => (await client.query('SELECT note FROM kept')).rows);
    expect(rows).toEqual([{ note: 'survives restarts' }]);
    await second.stop();
    expect(await isProcessAlive(pid!)).toBe(false);
  }, 40_000);

  it('a process joining while the last one leaves starts a server of its own', async () => {
    const leaving = await start(dataDir);
    const { pid } = (await readPostmasterPid(dataDir))!;
    const [, joined] = await Promise.all([leaving.stop(), start(dataDir)]);
    try {
      // Either it joined before the leave (then the server stayed) or it started a fresh one.
      const rows = await withClient(joined.url, async (client) => (await client.query('SELECT note FROM kept')).rows);
      expect(rows).toEqual([{ note: 'survives restarts' }]);
      const now = (await readPostmasterPid(dataDir))!.pid!;
      expect(await isProcessAlive(now)).toBe(true);
      expect(now === pid || !(await isProcessAlive(pid!))).toBe(true);
    } finally {
      await joined.stop();
    }
  }, 40_000);

  it('rejects a failed start with the last lines PostgreSQL printed', async () => {
    await appendFile(join(dataDir, 'postgresql.auto.conf'), "shared_buffers = 'plenty'\n");
    const failed = startEmbeddedPostgres({ dataDir, log: collectingLog().log });
    await expect(failed).rejects.toThrow(/failed to start[\s\S]*invalid value for parameter "shared_buffers"/);

    const occupied = join(root, 'occupied');
    await mkdir(occupied);
    await writeFile(join(occupied, 'not-a-cluster.txt'), 'hello');
    await expect(startEmbeddedPostgres({ dataDir: occupied, log: collectingLog().log })).rejects.toThrow(
      /failed to initialise[\s\S]*\| initdb: error: directory ".*" exists but is not empty/,
    );
  }, 30_000);
});
