import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import type { Transaction } from '@groundwork/database';
import { OneTimeTokenEntity, type OneTimeTokenPurpose } from '../entities/one-time-token.entity.js';

export type NewOneTimeToken = Pick<OneTimeTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>;

/** Every query on mailed one-time tokens. */
@Injectable()
export class OneTimeTokensRepository {
  constructor(@InjectRepository(OneTimeTokenEntity) private readonly tokens: Repository<OneTimeTokenEntity>) {}

  private repo(tx?: Transaction): Repository<OneTimeTokenEntity> {
    return tx ? tx.getRepository(OneTimeTokenEntity) : this.tokens;
  }

  async create(token: NewOneTimeToken, tx?: Transaction): Promise<void> {
    await this.repo(tx).insert({ ...token, usedAt: null });
  }

  /** Drops the user's unused tokens for a purpose, so only the newest mailed link works. */
  async deleteUnused(userId: string, purpose: OneTimeTokenPurpose, tx?: Transaction): Promise<void> {
    await this.repo(tx).delete({ userId, purpose, usedAt: IsNull() });
  }

  /**
   * Marks an unused, unexpired token used and returns it, in one statement: of two concurrent
   * uses exactly one gets the row (the other waits for the first transaction, then finds it used).
   */
  async consume(
    tokenHash: string,
    purpose: OneTimeTokenPurpose,
    at: Date,
    tx: Transaction,
  ): Promise<{ id: string; userId: string } | null> {
    const result = await this.repo(tx)
      .createQueryBuilder()
      .update(OneTimeTokenEntity)
      .set({ usedAt: at })
      .where('token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > :at', {
        tokenHash,
        purpose,
        at,
      })
      // Property paths in, column names (user_id) in the raw rows.
      .returning(['id', 'userId'])
      .execute();
    const row = (result.raw as { id: string; user_id: string }[])[0];
    return row ? { id: row.id, userId: row.user_id } : null;
  }

  /** The user of an unused, unexpired token, or null; reads only. */
  async findUsable(tokenHash: string, purpose: OneTimeTokenPurpose, at: Date): Promise<string | null> {
    const token = await this.tokens.findOne({
      select: { userId: true },
      where: { tokenHash, purpose, usedAt: IsNull(), expiresAt: MoreThan(at) },
    });
    return token?.userId ?? null;
  }

  /** Removes tokens that expired or were used before the cutoff. */
  async deleteSpentBefore(cutoff: Date): Promise<number> {
    const result = await this.tokens
      .createQueryBuilder()
      .delete()
      .where('expires_at < :cutoff OR used_at < :cutoff', { cutoff })
      .execute();
    return result.affected ?? 0;
  }
}
