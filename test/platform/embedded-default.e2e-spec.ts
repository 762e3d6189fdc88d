import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCredentials } from '../support/accounts.js';
import { type ApiProcess, startApiProcess } from '../support/api-process.js';
import { runCli, succeeded } from '../support/cli-process.js';

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

  const postmasterPid = (): number =>
    Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

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

    // The next process adopts the server left behind, and, being the last to use it, stops it on exit.
    const third = await startApiProcess(env);
    try {
      expect(third.output()).toMatch(new RegExp(`joining the server already running .*pid ${orphanPid}`));
      expect(
        (await post(third, '/api/v1/auth/login', { email: credentials.email, password: credentials.password })).status,
      ).toBe(200);
    } finally {
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);
    }
    expect(isAlive(orphanPid)).toBe(false);
  });

  it('runs operator commands and a second API beside a running API, which keeps answering', async () => {
    const api = await startApiProcess(env);
    const serverPid = postmasterPid();
    // A concurrent probe: every readiness answer while the commands run must be 200.
    const answers: number[] = [];
    const probing = new AbortController();
    const probe = (async () => {
      while (!probing.signal.aborted) {
        answers.push(
          await fetch(`${api.baseUrl}/health/ready`).then(
            (r) => r.status,
            () => 0,
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const admin = newCredentials('operator');
    let second: ApiProcess | undefined;
    try {
      const created = await runCli(['create-admin', '--email', admin.email, '--password', admin.password], env);
      expect(succeeded(created).stdout).toContain(`Created admin: ${admin.email}`);
      const status = succeeded(await runCli(['migrate:status'], env));
      expect(status.stdout).toMatch(/\d+ applied, 0 pending/);
      probing.abort();
      await probe;
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((code) => code !== 200)).toEqual([]);
      expect(postmasterPid()).toBe(serverPid);

      // A real request after the commands: the admin they created signs in.
      const login = await post(api, '/api/v1/auth/login', { email: admin.email, password: admin.password });
      expect(login.status).toBe(200);

      // A second API on the same directory shares the server; the first leaving hands it over.
      second = await startApiProcess(env);
      expect(second.output()).toContain('joining the server already running');
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe(0);
      expect(isAlive(serverPid)).toBe(true);
      expect((await fetch(`${second.baseUrl}/health/ready`)).status).toBe(200);
      expect((await post(second, '/api/v1/auth/login', { email: admin.email, password: admin.password })).status).toBe(
        200,
      );
    } finally {
      probing.abort();
      await probe;
      for (const running of [api, second]) {
        if (running?.child.exitCode === null) {
          running.child.kill('SIGTERM');
          await running.exited;
        }
      }
    }
    // The last process to leave stopped the server.
    expect(isAlive(serverPid)).toBe(false);
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
