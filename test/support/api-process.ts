import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { testEnv } from './test-app.js';

const MAIN = fileURLToPath(new URL('../../dist/apps/api/src/main.js', import.meta.url));
const WORKER_MAIN = fileURLToPath(new URL('../../dist/apps/worker/src/main.js', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Starts the built API as `npm start` does (node dist/.../main.js) and waits until it is ready. */
export async function startApiProcess(
  env: Record<string, string | undefined>,
  readyTimeoutMs = 30_000,
): Promise<ApiProcess> {
  const port = await freePort();
  return startBuiltProcess(MAIN, port, { PORT: String(port), ...env }, readyTimeoutMs);
}

/** Starts the built worker as `npm run start:worker` does; baseUrl is its health server. */
export async function startWorkerProcess(
  env: Record<string, string | undefined>,
  readyTimeoutMs = 30_000,
): Promise<ApiProcess> {
  const port = await freePort();
  return startBuiltProcess(WORKER_MAIN, port, { WORKER_PORT: String(port), ...env }, readyTimeoutMs);
}

async function startBuiltProcess(
  main: string,
  port: number,
  env: Record<string, string | undefined>,
  readyTimeoutMs: number,
): Promise<ApiProcess> {
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    ...process.env,
    ...testEnv({ HOST: '127.0.0.1', ...env }),
  })) {
    if (value !== undefined) {
      merged[key] = value;
    }
  }
  const child = spawn(process.execPath, [main], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': a process's last lines can still be in the pipe when it has exited, and a
  // spec reading output() once it has exited must see them all (a job completed during a stop).
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${main} exited with ${child.exitCode} before it was ready:\n${output}`);
    }
    const ready = await fetch(`${baseUrl}/health/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) {
      return { child, baseUrl, output: () => output, exited };
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${main} not ready within ${readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
