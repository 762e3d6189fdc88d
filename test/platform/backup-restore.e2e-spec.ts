import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type pg from 'pg';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { API, registerUser } from '../support/accounts.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { runCli, succeeded, type CliEnv as Env, type CliResult } from '../support/cli-process.js';
import {
  createSuiteDatabase,
  databaseTargets,
  withClient as withDatabaseClient,
  type DatabaseTarget,
} from '../support/databases.js';
import { HttpClient } from '../support/http-client.js';

// Backups of a few thousand rows take seconds; the CLI's default limit is for quick commands.
const CLI_LIMIT_MS = 120_000;
// Several CLI processes per test, each starting Node and Nest; generous for a loaded machine.
const TEST_LIMIT_MS = 240_000;

interface Manifest {
  version: number;
  head: string;
  snapshot: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number; sha256: string }[];
}

type Database = Awaited<ReturnType<typeof createSuiteDatabase>>;

/** A client whose text output matches on any server (the backup sets the same). */
function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withDatabaseClient(url, work, '-c TimeZone=UTC -c extra_float_digits=3');
}

/** Every row of a table as PostgreSQL's row text, sorted; `snapshot` keeps the rows it can see. */
function rowsOf(url: string, table: string, snapshot?: string): Promise<string[]> {
  const where = snapshot === undefined ? '' : 'WHERE pg_visible_in_snapshot(t.xmin::text::xid8, $1::pg_snapshot)';
  return withClient(url, async (client) => {
    const result = await client.query<{ row: string }>(
      `SELECT t::text AS row FROM "${table}" t ${where} ORDER BY t::text COLLATE "C"`,
      snapshot === undefined ? [] : [snapshot],
    );
    return result.rows.map((r) => r.row);
  });
}

/** Everything an operator could notice: the schema's tables and every row of each. */
async function fingerprint(url: string): Promise<Record<string, string[]>> {
  const tables = await withClient(url, async (client) => {
    const result = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY 1`,
    );
    return result.rows.map((r) => r.name);
  });
  const print: Record<string, string[]> = {};
  for (const table of tables) {
    print[table] = await rowsOf(url, table);
  }
  return print;
}

/** The manifest `backup:verify` prints (JSON on stdout, before its log line). */
async function verifiedManifest(file: string): Promise<Manifest> {
  const { stdout } = succeeded(await runCli(['backup:verify', '--in', file], { DATABASE_URL: undefined }));
  return JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('\n}') + 2)) as Manifest;
}

async function count(url: string, table = 'users'): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    return result.rows[0]?.n ?? 0;
  });
}

async function until(condition: () => boolean | Promise<boolean>, what: string, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting until ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function refused(result: CliResult, message: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.stderr).toMatch(message);
}

function backupOf(databaseUrl: string, file: string): Promise<CliResult> {
  return runCli(['backup', '--out', file], { DATABASE_URL: databaseUrl }, { timeoutMs: CLI_LIMIT_MS }).then(succeeded);
}

function restoreInto(databaseUrl: string, file: string, ...flags: string[]): Promise<CliResult> {
  return runCli(['restore', '--in', file, ...flags], { DATABASE_URL: databaseUrl }, { timeoutMs: CLI_LIMIT_MS });
}

/** Rewrites a backup's decompressed text (to forge an altered or newer file). */
function rewritten(file: string, out: string, change: (text: string) => string): string {
  writeFileSync(out, gzipSync(change(gunzipSync(readFileSync(file)).toString('utf8'))));
  return out;
}

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'gw-backup-'));
  // The embedded server (running as postgres when the tests run as root) must reach its data dir.
  chmodSync(workDir, 0o755);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// The round trips across servers take minutes: `npm run test:proofs` runs them (CI does, after
// `npm test`), and `npm test` the rest, so that each suite runs once.
const longProofs = process.env.GW_TEST_PROOFS === '1';
if (!longProofs) {
  describe.each(databaseTargets())('Backup and restore through the CLI on $name', (target: DatabaseTarget) => {
    let source: Database;
    let api: ApiProcess;
    let http: HttpClient;
    let file: string;
    let manifest: Manifest;
    let restored: Database;
    const cleanup: Database[] = [];

    beforeAll(async () => {
      source = await createSuiteDatabase(target);
      cleanup.push(source);
      // The API runs on the source all along, as in production.
      api = await startApiProcess({ DATABASE_URL: source.url, ...UNTHROTTLED });
      http = new HttpClient(api.baseUrl);
      await http.loadContract();
      succeeded(await runCli(['seed', '--users', '100'], { DATABASE_URL: source.url }, { timeoutMs: CLI_LIMIT_MS }));
      file = join(workDir, `${target.name}.backup.gz`);
    });

    afterAll(async () => {
      api.child.kill('SIGTERM');
      await api.exited;
      for (const database of cleanup) {
        await database.drop();
      }
    });

    it(
      'a backup taken while the API and a second writer insert restores into a fresh database equal to its snapshot, row by row',
      async () => {
        let stop = false;
        const written = { api: 0, sql: 0 };
        const viaApi = async (): Promise<void> => {
          while (!stop) {
            await registerUser(http);
            written.api++;
          }
        };
        // A user and its session in one transaction, as fast as the database takes them.
        const viaSql = () =>
          withClient(source.url, async (client) => {
            while (!stop) {
              await client.query(
                `WITH u AS (INSERT INTO users (email, name, password_hash) VALUES ($1, 'Writer', 'x') RETURNING id)
             INSERT INTO sessions (user_id, last_used_at, expires_at) SELECT id, now(), now() + interval '1 day' FROM u`,
                [`writer.${randomBytes(6).toString('hex')}@example.com`],
              );
              written.sql++;
            }
          });
        const writers = Promise.all([viaApi(), viaSql()]);
        writers.catch(() => undefined);
        let before: number;
        try {
          await until(() => written.api >= 1 && written.sql >= 20, 'both writers have written');
          before = await count(source.url);
          await backupOf(source.url, file);
          const after = await count(source.url);
          // The writers went on after the backup too.
          await until(async () => (await count(source.url)) > after + 5, 'more rows after the backup');
        } finally {
          stop = true;
          await writers;
        }

        manifest = await verifiedManifest(file);
        const backedUp = manifest.tables.find((table) => table.name === 'users')?.rows ?? 0;
        expect(manifest.version).toBe(1);
        expect(manifest.tables.map((table) => table.name)).toEqual(
          expect.arrayContaining(['users', 'sessions', 'refresh_tokens', 'one_time_tokens']),
        );
        // Taken mid-stream: more rows than when it started, fewer than in the end.
        expect(backedUp).toBeGreaterThan(before);
        expect(backedUp).toBeLessThan(await count(source.url));

        restored = await createSuiteDatabase(target);
        cleanup.push(restored);
        const result = succeeded(await restoreInto(restored.url, file));
        expect(result.stdout).toContain(`Restored ${manifest.tables.reduce((sum, t) => sum + t.rows, 0)} rows`);

        // Exactly the rows the snapshot saw, in every table: none missing, none extra, none torn.
        for (const table of manifest.tables) {
          const expected = await rowsOf(source.url, table.name, manifest.snapshot);
          expect(expected).toHaveLength(table.rows);
          expect(await rowsOf(restored.url, table.name)).toEqual(expected);
        }
        const migrations = await withClient(restored.url, (client) =>
          client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id'),
        );
        expect(migrations.rows.map((row) => row.name)).toEqual(manifest.migrations);
        expect(Object.keys(await fingerprint(restored.url)).sort()).toEqual(
          [...manifest.tables.map((table) => table.name), 'migrations'].sort(),
        );
      },
      TEST_LIMIT_MS,
    );

    // Both check the file and the CLI's own connections, not the server: once, on the first server.
    if (target.name === databaseTargets()[0]?.name) {
      it(
        "backup and restore outlast the pool's statement limit: each held behind a lock for longer than it, then done",
        async () => {
          // The pool's clients give up after the statement limit + 1 s (here 1.2 s); a big COPY runs for minutes.
          const limited = (url: string): Env => ({ DATABASE_URL: url, DATABASE_STATEMENT_TIMEOUT_MS: '200' });
          const heldUp = async (url: string, lock: string, run: () => Promise<CliResult>): Promise<CliResult> =>
            withClient(url, async (holder) => {
              await holder.query('BEGIN');
              await holder.query(lock);
              let finished = false;
              const running = run().finally(() => (finished = true));
              // Polled from another connection: inside the holder's transaction pg_stat_activity is a snapshot.
              await until(async () => {
                const waiting = await withClient(url, (observer) =>
                  observer.query(
                    `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
                  ),
                );
                // A command that gave up (or never waited) is reported by the caller's succeeded().
                return finished || waiting.rows.length > 0;
              }, 'the command waits behind the lock');
              await new Promise((resolve) => setTimeout(resolve, 2_000));
              await holder.query('COMMIT');
              return running;
            });

          const held = join(workDir, `${target.name}-held.backup.gz`);
          succeeded(
            await heldUp(source.url, 'LOCK TABLE users IN ACCESS EXCLUSIVE MODE', () =>
              runCli(['backup', '--out', held], limited(source.url), { timeoutMs: CLI_LIMIT_MS }),
            ),
          );
          const into = await createSuiteDatabase(target);
          cleanup.push(into);
          // Restores take this lock inside their transaction (one at a time).
          succeeded(
            await heldUp(into.url, `SELECT pg_advisory_xact_lock(hashtext('groundwork:restore'))`, () =>
              runCli(['restore', '--in', held], limited(into.url), { timeoutMs: CLI_LIMIT_MS }),
            ),
          );
          const users = (await verifiedManifest(held)).tables.find((table) => table.name === 'users');
          expect(await count(into.url)).toBe(users?.rows);
        },
        TEST_LIMIT_MS,
      );

      it(
        'refuses a truncated, an altered or a newer-format file and a non-empty target, changing nothing',
        async () => {
          const empty = await createSuiteDatabase(target);
          cleanup.push(empty);
          const bytes = readFileSync(file);
          const truncated = join(workDir, `${target.name}-truncated.gz`);
          writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
          const damaged = join(workDir, `${target.name}-damaged.gz`);
          const flipped = Buffer.from(bytes);
          flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
          writeFileSync(damaged, flipped);
          // Re-compressed, so only the content checks can tell.
          const altered = rewritten(file, join(workDir, `${target.name}-altered.gz`), (text) =>
            text.replace(/@example\.com/, '@example.org'),
          );
          const newer = rewritten(file, join(workDir, `${target.name}-newer.gz`), (text) =>
            text.replace('"version":1', '"version":2'),
          );
          const cases: [string, RegExp][] = [
            [truncated, /corrupt or truncated/],
            [damaged, /corrupt/],
            [altered, /table users does not match its recorded row count and checksum/],
            [newer, /format version 2; this build reads version 1/],
          ];

          const restoredBefore = await fingerprint(restored.url);
          for (const [bad, message] of cases) {
            // Into a database holding data, with --yes: where a half-done restore would hurt most.
            refused(await restoreInto(restored.url, bad, '--yes'), message);
          }
          refused(await restoreInto(empty.url, truncated), /corrupt or truncated/);
          refused(
            await runCli(['backup:verify', '--in', altered], { DATABASE_URL: undefined }),
            /users does not match/,
          );
          // Not even the migrations of the first attempt remain.
          expect(await fingerprint(empty.url)).toEqual({});
          expect(await fingerprint(restored.url)).toEqual(restoredBefore);

          refused(await restoreInto(restored.url, file), /Refusing to replace everything in the database .*pass --yes/);
          expect(await fingerprint(restored.url)).toEqual(restoredBefore);

          // With --yes it replaces the content: the same rows again (not twice).
          succeeded(await restoreInto(restored.url, file, '--yes'));
          expect(await fingerprint(restored.url)).toEqual(restoredBefore);
        },
        TEST_LIMIT_MS,
      );
    }
  });
}

const targets = databaseTargets();
const postgres = targets.find((target) => target.name === 'postgres');
const embedded = targets.find((target) => target.name === 'embedded');
// Crossing servers needs both; a run with one of them (TEST_EMBEDDED=false) has nothing to cross.
const across = longProofs && postgres !== undefined && embedded !== undefined ? describe : undefined;

across?.('Backup and restore across servers', () => {
  const cleanup: Database[] = [];
  afterAll(async () => {
    for (const database of cleanup) {
      await database.drop();
    }
  });

  async function fresh(target: DatabaseTarget | undefined): Promise<Database> {
    const database = await createSuiteDatabase(target!);
    cleanup.push(database);
    return database;
  }

  it(
    'an embedded backup restores into PostgreSQL and that one back into the embedded server, equal at every step',
    async () => {
      const origin = await fresh(embedded);
      succeeded(await runCli(['migrate'], { DATABASE_URL: origin.url }));
      succeeded(await runCli(['seed', '--users', '120'], { DATABASE_URL: origin.url }, { timeoutMs: CLI_LIMIT_MS }));
      await withClient(origin.url, (client) =>
        client.query(
          `INSERT INTO sessions (user_id, last_used_at, expires_at, user_agent)
         SELECT id, now(), now() + interval '1 day', E'tab\\there, newline\\nthere, backslash \\\\ and ünïcode' FROM users`,
        ),
      );

      const fromEmbedded = join(workDir, 'from-embedded.backup.gz');
      await backupOf(origin.url, fromEmbedded);
      const onPostgres = await fresh(postgres);
      succeeded(await restoreInto(onPostgres.url, fromEmbedded));

      const fromPostgres = join(workDir, 'from-postgres.backup.gz');
      await backupOf(onPostgres.url, fromPostgres);
      const backOnEmbedded = await fresh(embedded);
      succeeded(await restoreInto(backOnEmbedded.url, fromPostgres));

      const expected = await fingerprint(origin.url);
      expect(expected.sessions).toHaveLength(120);
      expect(await fingerprint(onPostgres.url)).toEqual(expected);
      expect(await fingerprint(backOnEmbedded.url)).toEqual(expected);
      // Same data, same bytes: the COPY text is canonical whichever server wrote it.
      const checksums = async (file: string) =>
        (await verifiedManifest(file)).tables.map((table) => [table.name, table.rows, table.sha256]);
      expect(await checksums(fromPostgres)).toEqual(await checksums(fromEmbedded));
    },
    TEST_LIMIT_MS,
  );

  it(
    'the embedded default (no DATABASE_URL) is backed up, and replaced by a PostgreSQL backup, while the API serves from it',
    async () => {
      const embeddedDefault: Env = { DATABASE_URL: undefined, EMBEDDED_DATABASE_DIR: join(workDir, 'default-data') };
      const api = await startApiProcess({ ...embeddedDefault, ...UNTHROTTLED }, CLI_LIMIT_MS);
      try {
        const http = new HttpClient(api.baseUrl);
        await http.loadContract();
        const someone = await registerUser(http);
        const own = join(workDir, 'from-default.backup.gz');
        succeeded(await runCli(['backup', '--out', own], embeddedDefault, { timeoutMs: CLI_LIMIT_MS }));
        expect((await verifiedManifest(own)).tables.find((table) => table.name === 'users')?.rows).toBe(1);

        const origin = await fresh(postgres);
        succeeded(await runCli(['migrate'], { DATABASE_URL: origin.url }));
        succeeded(await runCli(['seed', '--users', '50'], { DATABASE_URL: origin.url }, { timeoutMs: CLI_LIMIT_MS }));
        const file = join(workDir, 'to-default.backup.gz');
        await backupOf(origin.url, file);
        const restore = ['restore', '--in', file];
        refused(
          await runCli(restore, embeddedDefault, { timeoutMs: CLI_LIMIT_MS }),
          /Refusing to replace everything in the database .*pass --yes/,
        );
        succeeded(await runCli([...restore, '--yes'], embeddedDefault, { timeoutMs: CLI_LIMIT_MS }));

        // The running API now serves the restored accounts, and no longer the one it had.
        const [seeded] = await withClient(origin.url, async (client) => {
          const result = await client.query<{ email: string }>('SELECT email FROM users ORDER BY email LIMIT 1');
          return result.rows;
        });
        const login = (email: string, password: string) =>
          http.post(`${API}/auth/login`, { body: { email, password } }).then((response) => response.status);
        expect(await login(seeded!.email, 'seeded-user-pass-1')).toBe(200);
        expect(await login(someone.email, someone.password)).toBe(401);

        // Backed up again, its accounts are the PostgreSQL ones, byte for byte (the sign-in added a session).
        const again = join(workDir, 'again-from-default.backup.gz');
        succeeded(await runCli(['backup', '--out', again], embeddedDefault, { timeoutMs: CLI_LIMIT_MS }));
        const users = async (path: string) => (await verifiedManifest(path)).tables.find((t) => t.name === 'users');
        expect(await users(again)).toEqual(await users(file));
      } finally {
        api.child.kill('SIGTERM');
        await api.exited;
      }
    },
    TEST_LIMIT_MS,
  );
});
