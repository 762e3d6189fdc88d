import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { HashQueue } from './hash-queue.js';
import { lowerThreadPoolPriority } from './thread-pool-priority.js';

/**
 * argon2id with parameters from config (OWASP minimum or stronger). argon2 hashes on libuv's
 * thread pool, so hashing never blocks the event loop; a bounded queue keeps it from taking every
 * core (and a 19 MiB buffer per thread) in a burst of sign-ins, and those threads run at a lower
 * CPU priority than the event loop, so the hashing that does run never delays a read's turn.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private readonly logger = new Logger('PasswordHasher');
  private readonly options: { type: typeof argon2.argon2id; memoryCost: number; timeCost: number; parallelism: number };
  private readonly queue: HashQueue;
  private dummyHash?: Promise<string>;
  private readonly nice: number;

  constructor(@InjectConfig() config: AppConfig) {
    this.nice = config.password.hashNice;
    const { memoryCost, timeCost, parallelism, hashConcurrency, hashQueueLimit } = config.password;
    this.options = { type: argon2.argon2id, memoryCost, timeCost, parallelism };
    this.queue = new HashQueue(hashConcurrency, hashQueueLimit);
  }

  async onModuleInit(): Promise<void> {
    const threads = await lowerThreadPoolPriority(this.nice);
    if (threads > 0) {
      this.logger.debug(`Hashing threads at nice ${this.nice}: ${threads}`);
    }
  }

  hash(password: string): Promise<string> {
    return this.queue.run(() => argon2.hash(password, this.options));
  }

  async verify(hash: string, password: string): Promise<boolean> {
    return this.queue.run(async () => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    });
  }

  /** Spends the time of a real verification, so unknown emails can't be told apart by timing. */
  async verifyDummy(password: string): Promise<void> {
    // A refusal (queue full) is not kept: the next unknown email tries again.
    this.dummyHash ??= this.hash('groundwork-timing-equaliser').catch((error: unknown) => {
      this.dummyHash = undefined;
      throw error;
    });
    await this.verify(await this.dummyHash, password);
  }

  /** True when the hash was made with weaker (or other) parameters than today's. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, this.options);
  }
}
