import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { UnixIds } from './root-access.js';

export interface SpawnPostmasterOptions {
  binDir: string;
  dataDir: string;
  port: number;
  flags: string[];
  /** Run as this user (the postgres system user when we are root). */
  user?: UnixIds;
  onOutput: (chunk: string) => void;
  timeoutMs: number;
}

/**
 * Starts `postgres` in a process group of its own (detached), so a Ctrl-C meant for the process
 * that started it does not reach it: the server stops only when the last process using it leaves
 * (see ServerLease), not when a terminal signals its starter.
 */
export function spawnPostmaster(options: SpawnPostmasterOptions): Promise<ChildProcess> {
  const { binDir, dataDir, port, flags, user, onOutput, timeoutMs } = options;
  const child = spawn(join(binDir, 'postgres'), ['-D', dataDir, '-p', String(port), ...flags], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // English messages: readiness and bind failures are recognised by their text.
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const settle = (error?: Error): void => {
      clearTimeout(timer);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
      if (error) {
        reject(error);
      } else {
        resolve(child);
      }
    };
    const onData = (chunk: Buffer): void => {
      if (chunk.toString('utf8').includes('database system is ready to accept connections')) {
        settle();
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      settle(new Error(`the server process exited (code ${code ?? 'null'}, signal ${signal ?? 'null'})`));
    const onError = (error: Error): void => settle(error);
    // Output keeps flowing to onOutput after readiness, for the log of an unexpected exit.
    child.stderr.on('data', (chunk: Buffer) => {
      onOutput(chunk.toString('utf8'));
    });
    child.stderr.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** SIGINT is PostgreSQL's fast shutdown; SIGKILL if it overruns the grace period. */
export async function stopChildProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill('SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const overran = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout(true), graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (overran) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Lets this process exit while the server keeps running for the other processes using it. */
export function detachChildProcess(child: ChildProcess): void {
  child.stderr?.destroy();
  child.unref();
}
