// The API instances and NGINX for `npm run prove`, all on 127.0.0.1 and free ports.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './private-services.mjs';
import { send } from './driver.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await sleep(100);
  }
}

/** One API process (node dist/.../main.js, as `npm run start:prod`), restartable on the same port. */
export async function startInstance({ root, env, logDir, name }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const instance = { name, port, url, child: undefined };

  instance.start = async () => {
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
    instance.child = child;
    await waitUntil(async () => (await send(`${url}/health/ready`, {}, 1_000)).status === 200, 60_000, `${name} ready`);
  };
  /** SIGTERM and wait for the exit code (the drain included). */
  instance.stop = async (signal = 'SIGTERM') => {
    const child = instance.child;
    child.kill(signal);
    return child.exited;
  };
  /** Resident set size in MiB, from /proc. */
  instance.rssMiB = () => {
    try {
      const status = readFileSync(`/proc/${instance.child.pid}/status`, 'utf8');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      return 0;
    }
  };
  await instance.start();
  return instance;
}

/** NGINX with the shipped template, its own prefix and config: never the system service. */
export async function startNginx({ root, dir, instances }) {
  const port = await freePort();
  const prefix = join(dir, 'nginx');
  mkdirSync(prefix, { recursive: true });
  const servers = instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=1 fail_timeout=2s;`).join('\n');
  const config = readFileSync(join(root, 'deploy/nginx/groundwork.conf.template'), 'utf8')
    .replaceAll('{{PREFIX}}', prefix)
    .replace('{{SERVERS}}', servers)
    .replace('{{LISTEN}}', `127.0.0.1:${port}`);
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  // As root, workers would switch to `nobody`, who cannot write the private prefix.
  const globals = `daemon off;${process.getuid?.() === 0 ? ' user root;' : ''}`;
  execFileSync('nginx', ['-t', '-q', '-p', prefix, '-c', file, '-g', globals], { stdio: 'pipe' });
  const child = spawn('nginx', ['-p', prefix, '-c', file, '-g', globals], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await send(`${url}/health/live`, {}, 1_000)).status === 200, 10_000, 'nginx');
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
