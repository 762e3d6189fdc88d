import pg from 'pg';
import { runCommand } from './processes.js';

/** Where groundwork_bench is created: any database on the server (the maintenance one always exists). */
export const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Waits until no query runs on the given databases: a load run's clients are gone when it ends, but a
 * slow query they started (a count, a deep OFFSET) keeps running and would be measured against the
 * next scenario. Queries still running after `timeoutMs` are cancelled (their clients gave up).
 */
export async function settle(serverUrl, databases, timeoutMs = 10_000) {
  const active = `SELECT pid FROM pg_stat_activity
                  WHERE datname = ANY($1) AND state = 'active' AND pid <> pg_backend_pid()`;
  await withClient(serverUrl, async (client) => {
    const deadline = Date.now() + timeoutMs;
    while ((await client.query(active, [databases])).rowCount > 0) {
      if (Date.now() > deadline) {
        await client.query(`SELECT pg_cancel_backend(pid) FROM (${active}) AS running`, [databases]);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

/** Drops and creates `name`, then migrates it with the CLI; its URL and the CLI's environment for it. */
async function migratedDatabase(serverUrl, name, env) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`unsafe database name: ${name}`);
  }
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = withDatabase(serverUrl, name);
  const cliEnv = { ...env, DATABASE_URL: url };
  await runCommand('npm', ['run', 'cli', '--', 'migrate'], { env: cliEnv });
  return { url, cliEnv };
}

/**
 * A fresh database through the operator commands, as production would get one: drop and create,
 * migrate, seed the users (all sharing `password`), create the admin.
 */
export async function prepareDatabase({ serverUrl, name, env, users, password, admin }) {
  const { url, cliEnv } = await migratedDatabase(serverUrl, name, env);
  await runCommand('npm', ['run', 'cli', '--', 'seed', '--users', String(users), '--password', password], {
    env: cliEnv,
  });
  await runCommand('npm', ['run', 'cli', '--', 'create-admin', '--email', admin.email, '--password', admin.password], {
    env: cliEnv,
  });
  // Fresh statistics, as autovacuum would have them in steady state: without them the planner
  // sorts the whole users table for the list page instead of reading the created_at index.
  await withClient(url, (client) => client.query('ANALYZE'));
  return url;
}

/** Every seeded (non-admin) user's email, in a stable order. */
export function seededEmails(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      "SELECT email FROM users WHERE role = 'user' AND deleted_at IS NULL ORDER BY created_at, email",
    );
    return rows.map((row) => row.email);
  });
}

export function serverVersion(url) {
  return withClient(url, async (client) => (await client.query('SHOW server_version')).rows[0].server_version);
}

const CURSOR_KEY = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * A database for the scale bench, fast at any size: migrated by the CLI; one user seeded by the CLI
 * (so its argon2id hash has the API's parameters), the rest inserted by one INSERT ... SELECT
 * generate_series reusing that hash; the admin by the CLI; one live session per user with one
 * unused refresh token; then VACUUM ANALYZE (statistics and the visibility map autovacuum would
 * give a steady-state table). Returns the URL, some seeded emails, a cursor into the middle of the
 * list, and EXPLAIN plans of the lists and lookups.
 */
export async function prepareScaledDatabase({ serverUrl, name, env, users, password, admin }) {
  const { url, cliEnv } = await migratedDatabase(serverUrl, name, env);
  await runCommand('npm', ['run', 'cli', '--', 'seed', '--users', '1', '--password', password], { env: cliEnv });
  await withClient(url, async (client) => {
    const { rows } = await client.query('SELECT password_hash FROM users LIMIT 1');
    await client.query(
      `INSERT INTO users (email, name, role, password_hash, email_verified_at, created_at, updated_at)
       SELECT 'bench' || g || '@example.com', 'Bench User ' || g, 'user', $1, now(), at, at
       FROM generate_series(2, $2::integer) AS g, LATERAL (SELECT timestamptz '2026-01-01' + g * interval '7 ms' AS at) t`,
      [rows[0].password_hash, users],
    );
  });
  await runCommand('npm', ['run', 'cli', '--', 'create-admin', '--email', admin.email, '--password', admin.password], {
    env: cliEnv,
  });
  return withClient(url, async (client) => {
    await client.query(
      `INSERT INTO sessions (user_id, created_at, last_used_at, expires_at, user_agent, ip)
       SELECT id, now(), now(), now() + interval '30 days', 'bench seed', '127.0.0.1' FROM users`,
    );
    await client.query(
      `INSERT INTO refresh_tokens (session_id, token_hash)
       SELECT id, encode(sha256(convert_to(id::text, 'UTF8')), 'hex') FROM sessions`,
    );
    await client.query('VACUUM ANALYZE');
    const emails = (
      await client.query("SELECT email FROM users WHERE role = 'user' AND deleted_at IS NULL ORDER BY email LIMIT 5000")
    ).rows.map((row) => row.email);
    const middle = (
      await client.query(
        `SELECT id, ${CURSOR_KEY} AS key FROM users WHERE deleted_at IS NULL
         ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
        [Math.floor(users / 2)],
      )
    ).rows[0];
    const middleCursor = Buffer.from(JSON.stringify(['-createdAt', middle.key, middle.id])).toString('base64url');
    const plans = await explainPlans(client, { middle });
    return { url, emails, middleCursor, plans };
  });
}

/** A plan's shape in one line: node types (with their index), innermost last, and the time it took. */
function summarisePlan(plan) {
  const nodes = [];
  const walk = (node) => {
    nodes.push(`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}`);
    for (const child of node.Plans ?? []) {
      walk(child);
    }
  };
  walk(plan.Plan);
  return `${nodes.join(' > ')} (${plan['Execution Time'].toFixed(2)} ms)`;
}

/**
 * EXPLAIN ANALYZE of what the API runs per request on users, sessions and refresh tokens, with the
 * API's own SQL shapes; writes run in a transaction that is rolled back.
 */
export async function explainPlans(client, { middle }) {
  const sample = (
    await client.query(
      `SELECT u.id, u.email, s.id AS session_id, t.token_hash FROM users u
       JOIN sessions s ON s.user_id = u.id JOIN refresh_tokens t ON t.session_id = s.id
       WHERE u.role = 'user' ORDER BY u.created_at DESC LIMIT 1 OFFSET 100`,
    )
  ).rows[0];
  const live = 'deleted_at IS NULL';
  const page = `SELECT *, ${CURSOR_KEY} FROM users WHERE ${live}`;
  const queries = [
    ['me: user by id', `SELECT * FROM users WHERE id = $1 AND ${live}`, [sample.id]],
    ['login: user by email', `SELECT * FROM users WHERE email = $1 AND ${live}`, [sample.email]],
    [
      'guard: session by id',
      'SELECT id, user_id, revoked_at, expires_at, last_used_at FROM sessions WHERE id = $1',
      [sample.session_id],
    ],
    [
      'sessions: live ones of a user',
      'SELECT * FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY last_used_at DESC, id LIMIT 100',
      [sample.id],
    ],
    ['refresh: token by hash', 'SELECT * FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE', [sample.token_hash]],
    [
      'refresh: prune used tokens',
      "DELETE FROM refresh_tokens WHERE session_id = $1 AND used_at < now() - interval '30 days'",
      [sample.session_id],
    ],
    ['list: first page', `${page} ORDER BY created_at DESC, id DESC LIMIT 21`, []],
    ['list: count', `SELECT count(*) FROM users WHERE ${live}`, []],
    [
      'list: deep page by cursor',
      `${page} AND (created_at, id) < ($1::timestamptz, $2::uuid) ORDER BY created_at DESC, id DESC LIMIT 21`,
      [middle.key, middle.id],
    ],
    ['list: deep page by offset', `${page} ORDER BY created_at DESC, id DESC LIMIT 21 OFFSET $1`, [0]],
    ['list: by email', `${page} ORDER BY email, id LIMIT 21`, []],
    [
      'list: by name, cursor',
      `${page} AND (name, id) > ($1::varchar, $2::uuid) ORDER BY name, id LIMIT 21`,
      ['Bench User 5', middle.id],
    ],
    ['list: role filter', `${page} AND role = 'admin' ORDER BY created_at DESC, id DESC LIMIT 21`, []],
    [
      'list: deleted',
      `SELECT * FROM users WHERE deleted_at IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT 21`,
      [],
    ],
    [
      'prune: ended sessions',
      "SELECT count(*) FROM sessions WHERE expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days'",
      [],
    ],
  ];
  const offsetQuery = queries.find(([label]) => label === 'list: deep page by offset');
  offsetQuery[2] = [Number((await client.query(`SELECT count(*) FROM users WHERE ${live}`)).rows[0].count) >> 1];
  const plans = [];
  await client.query('BEGIN');
  try {
    for (const [label, sql, params] of queries) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
      const plan = rows[0]['QUERY PLAN'][0];
      plans.push({ name: label, summary: summarisePlan(plan), plan });
    }
  } finally {
    await client.query('ROLLBACK');
  }
  return plans;
}
