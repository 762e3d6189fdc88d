import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../support/api-process.js';
import { API, registerUser } from '../support/accounts.js';
import { HttpClient } from '../support/http-client.js';
import { type ScratchTree, scratchTree } from '../support/scratch-tree.js';

// npm run dev in a scratch copy of the tree (its own dist/ and data/): a source change is compiled
// and the API restarts on it, while the embedded PostgreSQL started by the runner keeps running (same
// postmaster pid) and a token issued before the change still works after it (the development
// JWT_SECRET is kept under data/).

const MINUTES = 60_000;

/** Resolves once `test` holds for the runner's output so far; fails with the output after `ms`. */
async function waitFor(output: () => string, test: (text: string) => boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!test(output())) {
    if (Date.now() > deadline) {
      throw new Error(`dev runner: ${what} not seen within ${ms} ms:\n${output().slice(-6000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('npm run dev', () => {
  let tree: ScratchTree;
  let runner: ChildProcess | undefined;
  let output = '';
  const env = (extra: Record<string, string>) => {
    const merged: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      // The runner decides these itself (jest sets NODE_ENV=test; the suite's database is not the dev one).
      if (value !== undefined && !['NODE_ENV', 'DATABASE_URL', 'JWT_SECRET', 'REDIS_URL', 'SMTP_URL'].includes(key)) {
        merged[key] = value;
      }
    }
    return { ...merged, LOG_PRETTY: 'false', ...extra };
  };

  beforeAll(async () => {
    tree = await scratchTree('gw-dev-');
  }, MINUTES);
  afterAll(() => {
    if (runner && runner.exitCode === null) {
      runner.kill('SIGKILL');
    }
    tree.remove();
  });

  it('refuses to run in production, writing no development secret', async () => {
    const error = await tree.run(process.execPath, ['scripts/dev.mjs'], env({ NODE_ENV: 'production' })).then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    expect(error?.message).toMatch(/npm run dev is for development/);
    expect(existsSync(join(tree.dir, 'data/dev-jwt-secret'))).toBe(false);
  });

  it(
    'restarts the API on a source change; the token and the embedded server outlive the restart',
    async () => {
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      runner = spawn(process.execPath, ['scripts/dev.mjs'], {
        cwd: tree.dir,
        env: env({ NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      runner.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      runner.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => runner?.once('exit', (code) => resolve(code)));
      const read = () => output;

      await waitFor(read, (text) => count(text, `Listening on`) === 1, 3 * MINUTES, 'the first start');
      const secretFile = join(tree.dir, 'data/dev-jwt-secret');
      expect(statSync(secretFile).mode & 0o777).toBe(0o600);
      const postmasterPid = () => readFileSync(join(tree.dir, 'data/postgres/postmaster.pid'), 'utf8').split('\n')[0];
      const pidBefore = postmasterPid();

      const http = new HttpClient(baseUrl);
      await http.loadContract();
      const user = await registerUser(http);
      expect((await http.get(`${API}/users/me`, { token: user.accessToken })).status).toBe(200);

      // A real change: tsc emits the file again, and the runner restarts the API on it.
      appendFileSync(join(tree.dir, 'libs/health/src/index.ts'), '// changed by the dev-mode spec\n');
      await waitFor(read, (text) => text.includes('[dev] change compiled: restarting the API'), MINUTES, 'a restart');
      await waitFor(read, (text) => count(text, 'Listening on') === 2, MINUTES, 'the second start');

      const me = await http.get(`${API}/users/me`, { token: user.accessToken });
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(user.userId);
      expect(postmasterPid()).toBe(pidBefore);
      expect(count(output, 'initialising a new cluster')).toBe(1);

      // Ctrl-C: the API drains, then the runner stops the server it started.
      runner.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(existsSync(join(tree.dir, 'data/postgres/postmaster.pid'))).toBe(false);
    },
    6 * MINUTES,
  );
});
