import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@groundwork/database';
import type { OneTimeTokenPurpose } from '../entities/one-time-token.entity.js';
import { invalidLink } from '../auth.errors.js';
import { hashOpaqueToken, newOpaqueToken } from '../tokens/opaque-token.js';
import { OneTimeTokensRepository } from './one-time-tokens.repository.js';

/** Tokens for mailed links: only the newest per user and purpose works, each once, until it expires. */
@Injectable()
export class OneTimeTokensService {
  constructor(
    private readonly tokens: OneTimeTokensRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Returns the token to put in the link; the database keeps only its hash. */
  async issue(userId: string, purpose: OneTimeTokenPurpose, ttlSeconds: number): Promise<string> {
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + ttlSeconds * 1_000);
    await this.transactions.run(async (tx) => {
      await this.tokens.deleteUnused(userId, purpose, tx);
      await this.tokens.create({ userId, purpose, tokenHash: hashOpaqueToken(token), expiresAt }, tx);
    });
    return token;
  }

  /**
   * Uses the token up, then runs the action it authorises for its user. A failed action (e.g. a
   * refused new password) hands the token back so the link still works.
   */
  async consume(
    purpose: OneTimeTokenPurpose,
    token: string,
    action: (userId: string) => Promise<void>,
  ): Promise<string> {
    const usedAt = new Date();
    const consumed = await this.tokens.consume(hashOpaqueToken(token), purpose, usedAt);
    if (!consumed) {
      throw invalidLink();
    }
    try {
      await action(consumed.userId);
    } catch (error) {
      await this.tokens.release(consumed.id, usedAt);
      throw error;
    }
    return consumed.userId;
  }
}
