import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { lowerThreadPoolPriority } from './thread-pool-priority.js';

const threads = (): { tid: number; name: string }[] =>
  readdirSync('/proc/self/task').map((tid) => ({
    tid: Number(tid),
    name: readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim(),
  }));

const onLinux = process.platform === 'linux' ? it : it.skip;

describe('lowerThreadPoolPriority', () => {
  onLinux("lowers libuv's pool threads, and only them", async () => {
    const before = new Map(threads().map(({ tid }) => [tid, getPriority(tid)]));
    const changed = await lowerThreadPoolPriority(7);
    const pool = threads().filter(({ name }) => name === 'libuv-worker');
    expect(pool.length).toBeGreaterThan(0);
    expect(changed).toBe(pool.length);
    for (const { tid } of pool) {
      expect(getPriority(tid)).toBe(Math.max(7, before.get(tid) ?? 0));
    }
    // The event loop's thread (the process's own id) keeps its priority.
    expect(getPriority(process.pid)).toBe(before.get(process.pid));
  });

  it('changes nothing when asked for no change', async () => {
    expect(await lowerThreadPoolPriority(0)).toBe(0);
  });
});
