import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type * as Database from '../../libs/database/src/index.js';

// Jest loads this file on its own, outside the module mapper: it may import packages and dist/ only.

declare global {
  var __embeddedPostgres: { handle: Database.EmbeddedPostgresHandle; dir: string } | undefined;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the PostgreSQL server (TEST_DATABASE_URL or the local one) and starts one embedded server
 * for the whole run; suites create their own databases on both.
 */
export default async function globalSetup(): Promise<void> {
  const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  if (process.env.TEST_POSTGRES === 'false') {
    // Embedded only, by request.
  } else if (await canConnect(postgresUrl)) {
    process.env.GW_TEST_POSTGRES_URL = postgresUrl;
  } else if (process.env.CI) {
    throw new Error(`CI needs PostgreSQL at ${postgresUrl} (set TEST_DATABASE_URL)`);
  } else {
    process.stderr.write(
      `\nPostgreSQL not reachable at ${postgresUrl}: end-to-end tests run on the embedded server only\n`,
    );
  }
  if (process.env.TEST_EMBEDDED !== 'false') {
    const dir = mkdtempSync(join(tmpdir(), 'gw-embedded-'));
    // mkdtemp makes it 0700; the postgres user (when running as root) must be able to enter it.
    chmodSync(dir, 0o755);
    const entry = new URL('../../dist/libs/database/src/index.js', import.meta.url).href;
    const { startEmbeddedPostgres } = (await import(entry)) as typeof Database;
    const handle = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      log: { log: () => undefined, warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) },
    });
    globalThis.__embeddedPostgres = { handle, dir };
    process.env.GW_TEST_EMBEDDED_URL = handle.url;
  }
}
