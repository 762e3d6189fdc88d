import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCredentials } from '../support/auth-helpers.js';
import { type ApiProcess, startApiProcess } from '../support/api-process.js';

const post = (api: ApiProcess, path: string, body: unknown) =>
  fetch(`${api.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Alive and not a zombie (an orphan nobody reaps stays in the process table after it exits). */
function isAlive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** The zero-setup path: no DATABASE_URL, the API starts its own PostgreSQL under a data directory. */
describe('The embedded default database (no DATABASE_URL)', () => {
  let dir: string;
  let env: Record<string, string | undefined>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gw-default-'));
    // mkdtemp makes 0700; the postgres user (when running as root) must reach the data.
    chmodSync(dir, 0o755);
    env = {
      DATABASE_URL: undefined,
      EMBEDDED_DATABASE_DIR: join(dir, 'postgres'),
      DATABASE_MIGRATE_ON_START: undefined,
      LOG_LEVEL: 'info',
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates, migrates and keeps its data across restarts, and recovers from a killed parent', async () => {
    const credentials = newCredentials('embedded');

    const first = await startApiProcess(env);
    expect((await post(first, '/api/v1/auth/register', credentials)).status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await startApiProcess(env);
    expect(
      (await post(second, '/api/v1/auth/login', { email: credentials.email, password: credentials.password })).status,
    ).toBe(200);

    // SIGKILL leaves the database server running with its postmaster.pid behind.
    const orphanPid = Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    second.child.kill('SIGKILL');
    await second.exited;
    expect(isAlive(orphanPid)).toBe(true);

    const third = await startApiProcess(env);
    try {
      expect(third.output()).toMatch(/from a previous run is still running/);
      expect(
        (await post(third, '/api/v1/auth/login', { email: credentials.email, password: credentials.password })).status,
      ).toBe(200);
      expect(isAlive(orphanPid)).toBe(false);
    } finally {
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);
    }
  });

  it('refuses to start with a clear message when the data directory is out of reach', async () => {
    if (process.getuid?.() !== 0) {
      // Only root hands the server to the postgres user; other users own their directory.
      expect(process.getuid?.()).not.toBe(0);
      return;
    }
    const locked = mkdtempSync(join(tmpdir(), 'gw-locked-'));
    try {
      await expect(
        startApiProcess({ ...env, EMBEDDED_DATABASE_DIR: join(locked, 'postgres') }, 15_000),
      ).rejects.toThrow(/chmod o\+x|EMBEDDED_DATABASE_DIR/);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });
});
