import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@groundwork/database';
import { canConnect, LOCAL_POSTGRES_URL } from './databases.js';

declare global {
  var __embeddedPostgres: { handle: EmbeddedPostgresHandle; dir: string } | undefined;
}

/**
 * Finds the PostgreSQL server (TEST_DATABASE_URL or the local one) and starts one embedded server
 * for the whole run; suites create their own databases on both.
 */
export default async function globalSetup(): Promise<void> {
  const postgresUrl = process.env.TEST_DATABASE_URL ?? LOCAL_POSTGRES_URL;
  if (await canConnect(postgresUrl)) {
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
    const quiet = {
      log: () => undefined,
      warn: () => undefined,
      error: (m: string) => process.stderr.write(`${m}\n`),
    };
    const handle = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      log: quiet,
    });
    globalThis.__embeddedPostgres = { handle, dir };
    process.env.GW_TEST_EMBEDDED_URL = handle.url;
  }
}

export function removeEmbedded(): Promise<void> {
  const embedded = globalThis.__embeddedPostgres;
  if (!embedded) return Promise.resolve();
  return embedded.handle.stop().then(() => rmSync(embedded.dir, { recursive: true, force: true }));
}
