import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type TargetName = 'postgres' | 'embedded';

export interface DatabaseTarget {
  name: TargetName;
  /** A URL to an existing database on that server, used to create and drop per-suite databases. */
  adminUrl: string;
}

/** The servers this run tests against; global-setup decides and exports them through the environment. */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [];
  const postgres = process.env.GW_TEST_POSTGRES_URL;
  const embedded = process.env.GW_TEST_EMBEDDED_URL;
  if (postgres) {
    targets.push({ name: 'postgres', adminUrl: postgres });
  }
  if (embedded) {
    targets.push({ name: 'embedded', adminUrl: embedded });
  }
  if (targets.length === 0) {
    throw new Error('No test database: run the tests through jest (global-setup starts them)');
  }
  return targets;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** One short-lived connection; `options` are server settings (`-c TimeZone=UTC`). */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
  options?: string,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, options });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one suite, so suites run in any order and in parallel. */
export async function createSuiteDatabase(target: DatabaseTarget): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gw_test_${randomBytes(6).toString('hex')}`;
  await withClient(target.adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(target.adminUrl, name),
    drop: () =>
      withClient(target.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** Runs SQL on the suite's database (a short-lived connection: the suite's drop forces them off). */
export async function sql<T = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withClient(databaseUrl, async (client) => (await client.query(text, params)).rows as T[]);
}
