import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { InjectConfig, type AppConfig } from '@groundwork/config';

/**
 * argon2id with parameters from config (OWASP minimum or stronger). argon2 hashes on libuv's
 * thread pool, so hashing never blocks the event loop.
 */
@Injectable()
export class PasswordHasher {
  private readonly options: { type: typeof argon2.argon2id; memoryCost: number; timeCost: number; parallelism: number };
  private dummyHash?: Promise<string>;

  constructor(@InjectConfig() config: AppConfig) {
    this.options = { type: argon2.argon2id, ...config.password };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the time of a real verification, so unknown emails can't be told apart by timing. */
  async verifyDummy(password: string): Promise<void> {
    this.dummyHash ??= this.hash('groundwork-timing-equaliser');
    await this.verify(await this.dummyHash, password);
  }

  /** True when the hash was made with weaker (or other) parameters than today's. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, this.options);
  }
}
