import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { startApiProcess } from '../support/api-process.js';
import { closedPort } from '../support/owasp-helpers.js';
import { type CliEnv as Env, runCli, succeeded } from '../support/cli-process.js';
import { createSuiteDatabase, databaseTargets } from '../support/databases.js';

async function sql<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const DEAD_LETTER = 'jobs.dead-letter';

/** The `migrate:status` lines as [state, name] pairs, in migration order. */
function migrationStates(stdout: string): [string, string][] {
  return [...stdout.matchAll(/^(applied|pending)\s+(\S+)$/gm)].map((m) => [m[1]!, m[2]!]);
}

describe.each(databaseTargets())('The operator CLI on $name', (target) => {
  // What a command decides before or beside its queries (its output, its refusals, the job queue's
  // bookkeeping) is the same on either server: checked once, on the first one.
  const onOneServer = target.name === databaseTargets()[0]?.name ? it : (): void => undefined;
  // One database for the file: each step builds on the one before, as an operator would run them.
  let database: { url: string; drop: () => Promise<void> };
  let env: Env;
  let names: string[] = [];
  const tag = randomBytes(4).toString('hex');
  const adminEmail = `root.${tag}@example.com`;
  const adminPassword = `cli-${tag}-Correct-Horse-Battery`;

  beforeAll(async () => {
    database = await createSuiteDatabase(target);
    env = { DATABASE_URL: database.url };
  });
  afterAll(() => database.drop());

  it('migrate:status lists every migration as pending on an empty database, and as applied after migrate', async () => {
    const before = succeeded(await runCli(['migrate:status'], env));
    const states = migrationStates(before.stdout);
    names = states.map(([, name]) => name);
    expect(names.length).toBeGreaterThan(0);
    expect(states.every(([state]) => state === 'pending')).toBe(true);
    expect(before.stdout).toContain(`0 applied, ${names.length} pending`);

    const migrate = succeeded(await runCli(['migrate'], env));
    expect(migrate.stdout).toContain(`Applied ${names.join(', ')}`);

    const after = succeeded(await runCli(['migrate:status'], env));
    expect(migrationStates(after.stdout)).toEqual(names.map((name) => ['applied', name]));
    expect(after.stdout).toContain(`${names.length} applied, 0 pending`);
  });

  it('migrate is idempotent: a second run has nothing to apply', async () => {
    const again = succeeded(await runCli(['migrate'], env));
    expect(again.stdout).toContain('Nothing to apply');
    const [row] = await sql<{ n: number }>(database.url, 'SELECT count(*)::int AS n FROM migrations');
    expect(row?.n).toBe(names.length);
  });

  onOneServer('commands sign no token, so they never warn about an unset JWT_SECRET', async () => {
    const status = succeeded(await runCli(['migrate:status'], { ...env, JWT_SECRET: undefined }));
    expect(status.stdout).toContain(`${names.length} applied, 0 pending`);
    expect(`${status.stdout}${status.stderr}`).not.toContain('JWT_SECRET');
  });

  it('create-admin creates an admin (email normalised), and says so when run again', async () => {
    const created = succeeded(
      await runCli(['create-admin', '--email', adminEmail.toUpperCase(), '--password', adminPassword], env),
    );
    expect(created.stdout).toContain(`Created admin: ${adminEmail}`);

    // A different case is the same account: no second admin, no error.
    const again = succeeded(await runCli(['create-admin', '--email', adminEmail, '--password', adminPassword], env));
    expect(again.stdout).toContain(`Already an admin: ${adminEmail}`);

    const rows = await sql<{ email: string; role: string }>(database.url, 'SELECT email, role FROM users');
    expect(rows).toEqual([{ email: adminEmail, role: 'admin' }]);
  });

  it('seed --users 25 inserts 25 users, and create-admin promotes one of them', async () => {
    const seeded = succeeded(await runCli(['seed', '--users', '25'], env));
    expect(seeded.stdout).toContain('Inserted 25 users');
    const [count] = await sql<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM users WHERE role = 'user'`);
    expect(count?.n).toBe(25);

    const [regular] = await sql<{ email: string }>(
      database.url,
      `SELECT email FROM users WHERE role = 'user' ORDER BY email LIMIT 1`,
    );
    const promoted = succeeded(
      await runCli(['create-admin', '--email', regular!.email, '--password', adminPassword], env),
    );
    expect(promoted.stdout).toContain(`Promoted to admin: ${regular!.email}`);
    const roles = await sql<{ role: string }>(database.url, 'SELECT role FROM users WHERE email = $1', [
      regular!.email,
    ]);
    expect(roles).toEqual([{ role: 'admin' }]);
  });

  onOneServer(
    'create-admin without --password and without a terminal fails clearly, with a non-zero exit code',
    async () => {
      const email = `nopassword.${tag}@example.com`;

      const result = await runCli(['create-admin', '--email', email], env);

      expect(result.stderr).toContain('--password is required when no terminal is attached');
      // Scripts and CI only see the exit code.
      expect(result.code).not.toBe(0);
      expect(await sql(database.url, 'SELECT 1 FROM users WHERE email = $1', [email])).toEqual([]);
    },
  );

  it('the admin it created signs in to the API and lists the users', async () => {
    const api = await startApiProcess({ DATABASE_URL: database.url });
    try {
      const login = await fetch(`${api.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: adminEmail, password: adminPassword }),
      });
      expect(login.status).toBe(200);
      const session = (await login.json()) as { accessToken: string; user: { role: string } };
      expect(session.user.role).toBe('admin');

      const list = await fetch(`${api.baseUrl}/api/v1/users?limit=100`, {
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
      expect(list.status).toBe(200);
      const page = (await list.json()) as { total: number; items: { email: string; role: string }[] };
      // The created admin and the 25 seeded users, one of them promoted.
      expect(page.total).toBe(26);
      expect(page.items.filter((u) => u.role === 'admin').map((u) => u.email)).toContain(adminEmail);
      expect(page.items.filter((u) => u.role === 'admin')).toHaveLength(2);

      // Run again with another password and a name: both are set, and the signed-in session ends.
      const newPassword = `${adminPassword}-rotated`;
      const updated = succeeded(
        await runCli(
          ['create-admin', '--email', adminEmail, '--password', newPassword, '--name', 'Root Operator'],
          env,
        ),
      );
      expect(updated.stdout).toContain(`Updated admin: ${adminEmail}`);
      expect(updated.stdout).toContain('name set; password set, its sessions ended');
      const signIn = (password: string) =>
        fetch(`${api.baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: adminEmail, password }),
        });
      expect((await signIn(adminPassword)).status).toBe(401);
      const fresh = await signIn(newPassword);
      expect(fresh.status).toBe(200);
      expect(((await fresh.json()) as { user: { name: string } }).user.name).toBe('Root Operator');
      const open = await sql<{ revoked: boolean }>(
        database.url,
        `SELECT s.revoked_at IS NOT NULL AS revoked FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE u.email = $1 ORDER BY s.created_at`,
        [adminEmail],
      );
      // The session signed in before the change ended; the one after it is open.
      expect(open.map((row) => row.revoked)).toEqual([true, false]);

      // The same password again changes nothing (and ends no session).
      const again = succeeded(await runCli(['create-admin', '--email', adminEmail, '--password', newPassword], env));
      expect(again.stdout).toContain(`Already an admin: ${adminEmail}`);
      expect(again.stdout).not.toContain('password set');
    } finally {
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe(0);
    }
  });

  onOneServer(
    'jobs:status, jobs:retry <id> / --dead and jobs:purge work from a script, each failure run once more',
    async () => {
      // A queue of the test's own, driven with pg-boss directly: no handler runs its jobs, so each
      // state stays as set up until a command changes it.
      const queue = `cli.jobs-${tag}`;
      const boss = new PgBoss({
        connectionString: database.url,
        schema: 'pgboss',
        migrate: false,
        supervise: false,
        schedule: false,
      });
      boss.on('error', () => undefined);
      await boss.start();
      const ids: Record<'old' | 'recent' | 'b' | 'c' | 'f' | 'waiting', string> = {} as never;
      try {
        if (!(await boss.getQueue(DEAD_LETTER))) {
          await boss.createQueue(DEAD_LETTER);
        }
        await boss.createQueue(queue, { retryLimit: 0, deadLetter: DEAD_LETTER });
        const take = async (names: (keyof typeof ids)[], settle: (id: string) => Promise<unknown>) => {
          for (const name of names) {
            ids[name] = (await boss.send(queue, { name }))!;
            const [job] = await boss.fetch(queue);
            expect(job?.id).toBe(ids[name]);
            await settle(ids[name]);
          }
        };
        await take(['old', 'recent'], (id) => boss.complete(queue, id));
        await take(['b', 'c', 'f'], (id) => boss.fail(queue, id, { message: 'down' }));
        ids.waiting = (await boss.send(queue, { name: 'waiting' }))!;
      } finally {
        await boss.stop({ graceful: false, close: true });
      }
      await sql(database.url, `UPDATE pgboss.job SET completed_on = now() - interval '3 days' WHERE id = $1`, [
        ids.old,
      ]);
      const copyOf = async (id: string) =>
        (
          await sql<{ id: string }>(database.url, 'SELECT id FROM pgboss.job WHERE name = $1 AND source_id = $2', [
            DEAD_LETTER,
            id,
          ])
        )[0]?.id;
      const [waiting] = await sql<{ created: Date }>(
        database.url,
        'SELECT created_on AS created FROM pgboss.job WHERE id = $1',
        [ids.waiting],
      );

      // Columns: queue, created, retry, active, completed, failed, cancelled, oldest waiting.
      const status = succeeded(await runCli(['jobs:status'], env)).stdout.split('\n');
      expect(status[0]?.split(/\s+/)).toEqual([
        'queue',
        'created',
        'retry',
        'active',
        'completed',
        'failed',
        'cancelled',
        'oldest',
        'waiting',
      ]);
      expect(status.find((line) => line.startsWith(`${queue} `))?.split(/\s+/)).toEqual([
        queue,
        '1',
        '0',
        '0',
        '2',
        '3',
        '0',
        waiting!.created.toISOString(),
      ]);
      const deadLetter = status.find((line) => line.startsWith(`${DEAD_LETTER} `))?.split(/\s+/);
      expect(Number(deadLetter?.[1])).toBeGreaterThanOrEqual(3);

      // b by its own id, c by its dead-letter copy's; c again by its own id is refused.
      expect(succeeded(await runCli(['jobs:retry', ids.b], env)).stdout).toContain('Retried 1 job(s)');
      expect(succeeded(await runCli(['jobs:retry', (await copyOf(ids.c))!], env)).stdout).toContain('Retried 1 job(s)');
      const again = await runCli(['jobs:retry', ids.c], env);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain(`Job ${ids.c} was already retried`);
      // --dead finds only f's copy: b and c were retried already.
      expect(succeeded(await runCli(['jobs:retry', '--dead'], env)).stdout).toContain('Retried 1 job(s)');
      const runs = await sql<{ root: string; n: number }>(
        database.url,
        `SELECT COALESCE(source_root_id, id) AS root, count(*)::int AS n FROM pgboss.job
        WHERE name = $1 AND state IN ('created', 'retry') GROUP BY 1`,
        [queue],
      );
      expect(Object.fromEntries(runs.map((run) => [run.root, run.n]))).toEqual({
        [ids.b]: 1,
        [ids.c]: 1,
        [ids.f]: 1,
        [ids.waiting]: 1,
      });
      expect(await copyOf(ids.b)).toBeUndefined();

      // No terminal and no --yes: the history of finished jobs goes, nothing else.
      const cutoff = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const purged = succeeded(await runCli(['jobs:purge', '--completed-before', cutoff], env));
      expect(purged.stdout).toContain(`${queue}: 1 completed job(s)`);
      const left = await sql<{ id: string }>(database.url, 'SELECT id FROM pgboss.job WHERE id = ANY($1)', [
        Object.values(ids),
      ]);
      expect(left.map((row) => row.id).sort()).toEqual(
        Object.values(ids)
          .filter((id) => id !== ids.old)
          .sort(),
      );
    },
    120_000,
  );

  onOneServer('migrate:revert without a terminal names what it would drop and refuses without --yes', async () => {
    const refused = await runCli(['migrate:revert'], env);

    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toContain(`About to revert migration ${names.at(-1)}`);
    // Whatever the newest migration is, it names each table it would drop, and each one exists; one
    // that only changes indexes says it drops nothing.
    const dropped = [...refused.stdout.matchAll(/drops table (\w+) and its \d+ rows?/g)].map((m) => m[1]!);
    if (dropped.length === 0) {
      expect(refused.stdout).toMatch(/drops column \w+|drops no table or column/);
    }
    for (const table of dropped) {
      expect(await sql(database.url, 'SELECT 1 FROM pg_tables WHERE tablename = $1', [table])).toHaveLength(1);
    }
    expect(refused.stderr).toContain('without a terminal to confirm on: pass --yes; nothing was changed');
    expect(migrationStates(succeeded(await runCli(['migrate:status'], env)).stdout)).toEqual(
      names.map((name) => ['applied', name]),
    );
  });

  onOneServer('migrate:revert in production refuses even on a terminal, unless --yes is given', async () => {
    const refused = await runCli(
      ['migrate:revert'],
      { ...env, NODE_ENV: 'production', MAIL_TRANSPORT: 'log' },
      { typed: 'yes\n' },
    );

    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toContain('Refusing to revert migration');
    expect(refused.stdout).toContain('in production without --yes');
    const [row] = await sql<{ n: number }>(database.url, 'SELECT count(*)::int AS n FROM migrations');
    expect(row?.n).toBe(names.length);
  });

  it('migrate:revert on a terminal asks, and reverts the last migration only on "yes"', async () => {
    const declined = await runCli(['migrate:revert'], env, { typed: 'no\n' });
    expect(declined.code).not.toBe(0);
    expect(declined.stdout).toContain('Type "yes" to continue');
    expect(declined.stdout).toContain('Not confirmed; nothing was changed');

    const confirmed = succeeded(await runCli(['migrate:revert'], env, { typed: 'yes\n' }));
    expect(confirmed.stdout).toContain(`Reverted ${names.at(-1)}`);

    const status = succeeded(await runCli(['migrate:status'], env));
    expect(migrationStates(status.stdout)).toEqual(
      names.map((name, i) => [i === names.length - 1 ? 'pending' : 'applied', name]),
    );
    expect(status.stdout).toContain(`${names.length - 1} applied, 1 pending`);
  });

  it('migrate:revert --yes reverts without asking, and says when there is nothing to revert', async () => {
    // The migration before last goes (the test above reverted the last); every migration's down()
    // is exercised by the revert/re-apply spec of the database suite.
    const name = names.at(-2)!;
    const reverted = succeeded(await runCli(['migrate:revert', '--yes'], env));
    expect(reverted.stdout).toContain(`Reverted ${name}`);
    const status = succeeded(await runCli(['migrate:status'], env));
    expect(migrationStates(status.stdout).slice(-2)).toEqual([
      ['pending', name],
      ['pending', names.at(-1)!],
    ]);

    // A database where nothing was ever applied.
    const empty = await createSuiteDatabase(target);
    try {
      const nothing = succeeded(await runCli(['migrate:revert'], { DATABASE_URL: empty.url }));
      expect(nothing.stdout).toContain('Nothing to revert: no migration is applied');
      expect(nothing.stdout).not.toContain('Reverted');
    } finally {
      await empty.drop();
    }
  }, 120_000);
});

describe('The operator CLI without a database', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gw-cli-openapi-'));
    // mkdtemp makes it 0700: were the server started (as the postgres user, under root), it must not
    // fail on permissions, or the test would miss what it is after.
    chmodSync(dir, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Nothing may start a server here: with no DATABASE_URL it would create this directory. */
  const noDatabase = (): Env => ({ DATABASE_URL: undefined, EMBEDDED_DATABASE_DIR: join(dir, 'never-started') });

  it('openapi without --out prints the document, and only it, on stdout (no JWT_SECRET warning either)', async () => {
    const result = succeeded(await runCli(['openapi'], { ...noDatabase(), JWT_SECRET: undefined }));
    const document = JSON.parse(result.stdout) as { openapi: string };
    expect(document.openapi).toMatch(/^3\./);
    expect(result.stderr).not.toContain('JWT_SECRET');
    expect(existsSync(noDatabase().EMBEDDED_DATABASE_DIR!)).toBe(false);
  });

  it.each([[['--help']], [['migrate:status', '--help']], [['create-admin', '--help']]])(
    '%j answers without starting a database',
    async (args) => {
      const result = succeeded(await runCli(args, { ...noDatabase(), JWT_SECRET: undefined }));
      expect(result.stdout).toMatch(/^Usage: /);
      expect(result.stdout).toContain(args.length === 1 ? 'create-admin' : args[0]);
      expect(result.stderr).toBe('');
      expect(existsSync(noDatabase().EMBEDDED_DATABASE_DIR!)).toBe(false);
    },
  );

  it('create-admin --help documents --password and --name', async () => {
    const result = succeeded(await runCli(['create-admin', '--help'], noDatabase()));
    expect(result.stdout).toContain('--password <password>');
    expect(result.stdout).toContain('--name <name>');
  });

  it('an unknown command is reported once, in one line, with a non-zero exit and no database', async () => {
    const result = await runCli(['frobnicate'], noDatabase());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe("error: unknown command 'frobnicate'\n");
    expect(result.stdout).toBe('');
    expect(existsSync(noDatabase().EMBEDDED_DATABASE_DIR!)).toBe(false);
  });

  it('a database that cannot be reached is one line naming DATABASE_URL and the cause; the stack only at debug', async () => {
    const url = `postgres://postgres:not-shown@127.0.0.1:${await closedPort()}/groundwork`;
    const result = await runCli(['migrate:status'], { DATABASE_URL: url });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^Cannot connect to the database at DATABASE_URL=postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/groundwork: .*ECONNREFUSED/,
      ),
    ]);
    expect(result.stdout).not.toMatch(/Error|ECONNREFUSED/);

    const debug = await runCli(['migrate:status'], { DATABASE_URL: url, LOG_LEVEL: 'debug' });
    expect(debug.code).not.toBe(0);
    expect(debug.stderr).toContain(lines[0]);
    expect(debug.stderr).toMatch(/^\s+at /m);
    expect(`${result.stderr}${debug.stderr}`).not.toContain('not-shown');
  });

  it('openapi --out writes the document without starting or touching a database', async () => {
    const out = join(dir, 'openapi.json');
    // With no DATABASE_URL the app would start an embedded server here; the directory must stay absent.
    const embeddedDir = join(dir, 'embedded-postgres');

    succeeded(await runCli(['openapi', '--out', out], { DATABASE_URL: undefined, EMBEDDED_DATABASE_DIR: embeddedDir }));

    const document = JSON.parse(readFileSync(out, 'utf8')) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/api/v1/users/me');
    expect(existsSync(embeddedDir)).toBe(false);
  });
});
