import { readdirSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { getPriority, setPriority } from 'node:os';

/** The name libuv gives the threads of its pool (libuv 1.50+, Node 24). */
const POOL_THREAD = 'libuv-worker';

/**
 * Lowers the CPU priority (raises the nice value) of libuv's pool threads, where argon2 hashes: when
 * sign-ins and reads compete for the cores, the scheduler runs the event loop first, so a read waits
 * for a core no longer than its own turn. Only this process's threads are ranked against each other
 * (the kernel's autogroups keep the split between processes). Linux only; elsewhere a no-op.
 * Only ever lowers a priority (raising one back needs privileges). Returns how many pool threads
 * run at `nice` or lower.
 */
export async function lowerThreadPoolPriority(nice: number): Promise<number> {
  if (process.platform !== 'linux' || nice <= 0) {
    return 0;
  }
  let tids: string[];
  try {
    // libuv starts its pool on first use: one trivial job makes sure its threads exist.
    await stat(process.execPath);
    tids = readdirSync('/proc/self/task');
  } catch {
    return 0; // no /proc here: the threads keep their priority
  }
  let changed = 0;
  for (const tid of tids) {
    let name: string;
    try {
      name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    } catch {
      continue; // the thread has ended
    }
    if (name !== POOL_THREAD) {
      continue;
    }
    try {
      if (getPriority(Number(tid)) < nice) {
        setPriority(Number(tid), nice);
      }
      changed++;
    } catch {
      // the thread has ended, or the system refuses: it keeps its priority
    }
  }
  return changed;
}
