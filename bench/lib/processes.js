import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion; its output is shown only when it fails, unless `show` is set. */
export function runCommand(command, args, { env = process.env, show = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: show ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) {
        resolve(output);
      } else {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
      }
    });
  });
}

/** One GET with a short timeout; resolves to the status, or 0 when nothing answered. */
async function statusOf(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * Spawns a Node server with stdout and stderr going to `logFile`, and resolves once `readyUrl` answers
 * 200. coldStartMs runs from spawn to that first 200.
 */
export async function startServer({ name, args, env, readyUrl, logFile = '/dev/null', timeoutMs = 60_000 }) {
  const fd = openSync(logFile, 'a');
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  for (;;) {
    if (exited) {
      throw new Error(`${name} exited during start (${exited.code ?? exited.signal}); see ${logFile}`);
    }
    if ((await statusOf(readyUrl)) === 200) {
      break;
    }
    if (performance.now() - spawnedAt > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within ${timeoutMs} ms; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const coldStartMs = performance.now() - spawnedAt;
  return {
    name,
    child,
    pid: child.pid,
    coldStartMs,
    /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
    stop: (graceMs = 15_000) =>
      new Promise((resolve) => {
        if (exited) {
          return resolve(exited);
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          resolve({ code, signal });
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resident set size of a live process, in MiB (VmRSS from /proc). */
export function rssMiB(pid) {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** CPU time a live process has used so far (user + system), in seconds, from /proc/<pid>/stat. */
export function cpuSeconds(pid, ticksPerSecond = 100) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at the closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
