import { sql } from './databases.js';

/** One side of a race, stopped at a chosen point until the test lets it go on. */
export interface Hold {
  /** Resolves once the held call has finished its real work and is waiting. */
  reached: Promise<void>;
  release(): void;
  /** Puts the original method back. */
  restore(): void;
}

/**
 * Wraps `target[method]` so that its next call runs for real and then waits, before returning to
 * its caller, until `release()`. Later calls pass straight through. Used to stop a flow at its
 * critical point (e.g. a sign-in between verifying the password and opening the session) while
 * the other side of the race runs to the end.
 */
export function holdAfter<T extends object>(target: T, method: keyof T & string): Hold {
  const original = target[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  let signal!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (signal = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let armed = true;
  const wrapper = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    const result = await original.apply(this, args);
    if (armed) {
      armed = false;
      signal();
      await released;
    }
    return result;
  };
  (target as Record<string, unknown>)[method] = wrapper;
  return {
    reached,
    release,
    restore: () => {
      (target as Record<string, unknown>)[method] = original;
    },
  };
}

/**
 * Waits until at least `waiters` sessions on the suite's database wait for a lock (the other side
 * of a race is blocked, as it should be), or until `settled` settles (it was not blocked at all).
 */
export async function lockWaitersOrSettled(
  databaseUrl: string,
  waiters: number,
  settled: Promise<unknown>,
  timeoutMs = 10_000,
): Promise<void> {
  const state = { settled: false };
  void settled.finally(() => (state.settled = true)).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (state.settled) {
      return;
    }
    const rows = await sql<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::integer AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.n ?? 0) >= waiters) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Neither ${waiters} lock waiter(s) nor an answer within ${timeoutMs} ms`);
}
