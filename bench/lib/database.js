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
 * A fresh database through the operator commands, as production would get one: drop and create,
 * migrate, seed the users (all sharing `password`), create the admin.
 */
export async function prepareDatabase({ serverUrl, name, env, users, password, admin }) {
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
