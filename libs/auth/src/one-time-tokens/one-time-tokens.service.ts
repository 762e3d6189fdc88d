import { Injectable } from '@nestjs/common';
import { type Transaction, TransactionRunner } from '@groundwork/database';
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

  /** Returns the token to put in the link; the database keeps only its hash. Joins `tx` when given. */
  async issue(userId: string, purpose: OneTimeTokenPurpose, ttlSeconds: number, tx?: Transaction): Promise<string> {
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + ttlSeconds * 1_000);
    await this.transactions.join(tx, async (inner) => {
      await this.tokens.deleteUnused(userId, purpose, inner);
      await this.tokens.create({ userId, purpose, tokenHash: hashOpaqueToken(token), expiresAt }, inner);
    });
    return token;
  }

  /** The user a still-usable token belongs to, without using it up (for work to do before consume()). */
  async userOf(purpose: OneTimeTokenPurpose, token: string): Promise<string> {
    const userId = await this.tokens.findUsable(hashOpaqueToken(token), purpose, new Date());
    if (userId === null) {
      throw invalidLink();
    }
    return userId;
  }

  /**
   * Uses the token up and runs the action it authorises, in one transaction: if the action fails
   * nothing is applied and the link still works; of two concurrent uses exactly one gets the token.
   */
  async consume<T>(
    purpose: OneTimeTokenPurpose,
    token: string,
    action: (userId: string, tx: Transaction) => Promise<T>,
  ): Promise<{ userId: string; result: T }> {
    return this.transactions.run(async (tx) => {
      const consumed = await this.tokens.consume(hashOpaqueToken(token), purpose, new Date(), tx);
      if (!consumed) {
        throw invalidLink();
      }
      return { userId: consumed.userId, result: await action(consumed.userId, tx) };
    });
  }
}
