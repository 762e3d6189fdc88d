import { ProblemException } from '@groundwork/http';

export const HASHING_BUSY_TYPE = 'urn:groundwork:problem:hashing-busy';
const RETRY_AFTER_SECONDS = 1;

/**
 * At most `concurrency` password hashes at once, the rest waiting first come, first served, and at
 * most `queueLimit` waiting: beyond that a sign-in gets 503 with Retry-After at once rather than a
 * wait that grows without bound. Each argon2 run holds a core and a 19 MiB buffer on a libuv thread;
 * unbounded, a burst of sign-ins takes every core from the event loop (reads wait) and leaves glibc
 * holding one buffer per thread.
 */
export class HashQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {}

  /** Hashes running now and waiting now (for specs and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) {
      this.running++;
    } else if (this.waiting.length >= this.queueLimit) {
      throw new ProblemException(503, 'Too many sign-ins are waiting; retry shortly', {
        type: HASHING_BUSY_TYPE,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      });
    } else {
      // The slot is handed over by the finishing run, so `running` already counts this one.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next();
      } else {
        this.running--;
      }
    }
  }
}
