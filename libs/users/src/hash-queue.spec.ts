import { ProblemException } from '@groundwork/http';
import { HASHING_BUSY_TYPE, HashQueue } from './hash-queue.js';

/** A unit of work the spec finishes by hand. */
function deferred<T = string>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('HashQueue', () => {
  it('runs at most `concurrency` at once and starts the rest in arrival order', async () => {
    const queue = new HashQueue(2, 10);
    const works = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    const results = works.map((work, index) =>
      queue.run(() => {
        started.push(index);
        return work.promise;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(queue.load).toEqual({ running: 2, waiting: 3 });

    works[1]!.resolve('one');
    await settle();
    expect(started).toEqual([0, 1, 2]);
    works[0]!.resolve('zero');
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    expect(queue.load).toEqual({ running: 2, waiting: 1 });

    for (const [index, work] of works.entries()) {
      work.resolve(String(index));
    }
    await expect(Promise.all(results)).resolves.toEqual(['zero', 'one', '2', '3', '4']);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses with 503 problem and Retry-After once the queue is full, and accepts again when it drains', async () => {
    const queue = new HashQueue(1, 2);
    const running = deferred();
    const first = queue.run(() => running.promise);
    const queued = [queue.run(() => Promise.resolve('a')), queue.run(() => Promise.resolve('b'))];
    await settle();

    const refused = await queue.run(() => Promise.resolve('c')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProblemException);
    const problem = refused as ProblemException;
    expect(problem.getStatus()).toBe(503);
    expect(problem.problemType).toBe(HASHING_BUSY_TYPE);
    expect(problem.headers).toEqual({ 'retry-after': '1' });

    running.resolve('first');
    await expect(Promise.all([first, ...queued])).resolves.toEqual(['first', 'a', 'b']);
    await expect(queue.run(() => Promise.resolve('d'))).resolves.toBe('d');
  });

  it('frees the slot when a hash fails, so a failure never shrinks the pool', async () => {
    const queue = new HashQueue(1, 5);
    const failing = deferred();
    const failed = queue.run(() => failing.promise);
    const next = queue.run(() => Promise.resolve('next'));
    failing.reject(new Error('argon2 failed'));
    await expect(failed).rejects.toThrow('argon2 failed');
    await expect(next).resolves.toBe('next');
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });
});
