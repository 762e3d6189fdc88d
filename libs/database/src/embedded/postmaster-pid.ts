import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

export interface PostmasterPid {
  /** Undefined when line 1 is not a valid pid (truncated or corrupt file). */
  pid: number | undefined;
  port: number | undefined;
}

interface RecoveryLog {
  warn(msg: string): void;
}

const execFileAsync = promisify(execFile);

export function postmasterPidPath(dataDir: string): string {
  return join(dataDir, 'postmaster.pid');
}

/** Line 1 is the postmaster pid and line 4 its port (see PostgreSQL's miscadmin.h LOCK_FILE_LINE_*). */
export async function readPostmasterPid(dataDir: string): Promise<PostmasterPid | undefined> {
  let text: string;
  try {
    text = await readFile(postmasterPidPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  const lines = text.split('\n');
  return { pid: positiveInt(lines[0]), port: positiveInt(lines[3]) };
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value?.trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export async function isProcessAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // An exited orphan stays a zombie until its new parent reaps it; for us it is gone.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
}

/** True when pid is a postgres postmaster started with `-D <dataDir>`, not a process that reused the pid. */
export async function isPostmasterFor(pid: number, dataDir: string): Promise<boolean> {
  let args: string[];
  try {
    args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } catch {
    // No procfs (macOS): ps prints the command line space-separated.
    const { stdout } = await execFileAsync('ps', ['-o', 'args=', '-p', String(pid)]).catch(() => ({ stdout: '' }));
    return /(^|\/)postgres\s/.test(stdout) && stdout.includes(` ${resolve(dataDir)}`);
  }
  const dIndex = args.indexOf('-D');
  return /(^|\/)postgres$/.test(args[0] ?? '') && dIndex >= 0 && resolve(args[dIndex + 1] ?? '') === resolve(dataDir);
}

/** SIGINT is PostgreSQL's "fast" shutdown (what `pg_ctl stop -m fast` sends); SIGKILL if it overruns. */
export async function stopPid(pid: number, graceMs = 15_000): Promise<'stopped' | 'killed'> {
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGINT');
  if (await waitForExit(pid, graceMs)) {
    return 'stopped';
  }
  signal('SIGKILL');
  if (await waitForExit(pid, 5_000)) {
    return 'killed';
  }
  throw new Error(`PostgreSQL process ${pid} did not exit even after SIGKILL`);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isProcessAlive(pid))) {
      return true;
    }
    await sleep(50);
  }
  return false;
}

/**
 * The postmaster running on this data dir, for a process to join (its owner may be another process,
 * or gone: a SIGKILLed parent leaves its server running). A pid file naming a dead or unrelated
 * process is removed, since PostgreSQL would refuse to start while it exists.
 */
export async function findRunningPostmaster(
  dataDir: string,
  log: RecoveryLog,
): Promise<{ pid: number; port: number | undefined } | undefined> {
  const found = await readPostmasterPid(dataDir);
  if (!found) {
    return undefined;
  }
  const { pid, port } = found;
  if (pid !== undefined && (await isProcessAlive(pid)) && (await isPostmasterFor(pid, dataDir))) {
    return { pid, port };
  }
  await rm(postmasterPidPath(dataDir), { force: true });
  log.warn(
    `Embedded PostgreSQL: removed stale ${postmasterPidPath(dataDir)} (pid ${pid ?? 'unreadable'} is not a running server for this data dir)`,
  );
  return undefined;
}
