import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, MoreThan, type Repository } from 'typeorm';
import type { Role } from '@groundwork/access';
import type { Transaction } from '@groundwork/database';
import { RefreshTokenEntity } from '../entities/refresh-token.entity.js';
import { SessionEntity, type SessionRevokeReason } from '../entities/session.entity.js';

export type NewSession = Pick<SessionEntity, 'userId' | 'userAgent' | 'ip' | 'lastUsedAt' | 'expiresAt'>;

/** What the guard needs to decide whether a session's access tokens still work. */
export type SessionLivenessRow = Pick<SessionEntity, 'id' | 'userId' | 'revokedAt' | 'expiresAt' | 'lastUsedAt'>;

/** Which live sessions to end: one (optionally only if it is the user's), or all of a user's. */
export type RevokeFilter = { id: string; userId?: string } | { userId: string; exceptId?: string };

/** What the one-statement rotation needs: the presented and next tokens' hashes and the times it writes. */
export interface Rotation {
  tokenHash: string;
  nextTokenHash: string;
  at: Date;
  expiresAt: Date;
  /** Used tokens of the session older than this are deleted (they could not be replayed as valid anyway). */
  pruneUsedBefore: Date;
}

/** A rotation that happened; role is null when the session's user is gone (deleted). */
export interface RotatedSession {
  sessionId: string;
  userId: string;
  role: Role | null;
}

/** Every query on sessions and their refresh tokens (one aggregate). */
@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
  ) {}

  private sessionRepo(tx?: Transaction): Repository<SessionEntity> {
    return tx ? tx.getRepository(SessionEntity) : this.sessions;
  }

  private tokenRepo(tx?: Transaction): Repository<RefreshTokenEntity> {
    return tx ? tx.getRepository(RefreshTokenEntity) : this.refreshTokens;
  }

  create(session: NewSession, tx?: Transaction): Promise<SessionEntity> {
    const repo = this.sessionRepo(tx);
    return repo.save(repo.create({ ...session, revokedAt: null, revokeReason: null }));
  }

  async addRefreshToken(sessionId: string, tokenHash: string, tx?: Transaction): Promise<void> {
    await this.tokenRepo(tx).insert({ sessionId, tokenHash, usedAt: null });
  }

  /**
   * The common refresh in one statement (one round trip, its own transaction): if the token is
   * unused and its session live, marks it used, adds its successor, extends the session, prunes
   * the session's long-used tokens and reads the user's current role. Row locks are taken in the
   * order of the transactional path (token, then session); a concurrent use of the same token
   * waits for the first and then finds it used. Null when anything else holds (unknown or used
   * token, ended session): the caller then decides under explicit locks.
   */
  async rotateIfLive(rotation: Rotation): Promise<RotatedSession | null> {
    const rows: { id: string; user_id: string; role: Role | null }[] = await this.sessions.manager.query(
      `WITH used AS (
         UPDATE refresh_tokens t SET used_at = $2
         WHERE t.token_hash = $1 AND t.used_at IS NULL
           AND EXISTS (SELECT 1 FROM sessions s WHERE s.id = t.session_id AND s.revoked_at IS NULL AND s.expires_at > $2)
         RETURNING t.session_id
       ), live AS (
         UPDATE sessions SET last_used_at = $2, expires_at = $3
         WHERE id = (SELECT session_id FROM used) AND revoked_at IS NULL AND expires_at > $2
         RETURNING id, user_id
       ), successor AS (
         INSERT INTO refresh_tokens (session_id, token_hash) SELECT id, $4 FROM live
       ), pruned AS (
         DELETE FROM refresh_tokens WHERE session_id = (SELECT id FROM live) AND used_at < $5
       )
       SELECT live.id, live.user_id, u.role
       FROM live LEFT JOIN users u ON u.id = live.user_id AND u.deleted_at IS NULL`,
      [rotation.tokenHash, rotation.at, rotation.expiresAt, rotation.nextTokenHash, rotation.pruneUsedBefore],
    );
    const row = rows[0];
    return row ? { sessionId: row.id, userId: row.user_id, role: row.role } : null;
  }

  /** Locks the token's row: a concurrent refresh with the same token waits, then sees it used. */
  getRefreshTokenForUpdate(tokenHash: string, tx: Transaction): Promise<RefreshTokenEntity | null> {
    return tx.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  getRefreshToken(tokenHash: string, tx: Transaction): Promise<RefreshTokenEntity | null> {
    return tx.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash } });
  }

  /** The session (and its user) a refresh token belongs to, whatever the token's state. */
  async getRefreshTokenOwner(tokenHash: string): Promise<{ id: string; userId: string } | null> {
    const rows: { id: string; user_id: string }[] = await this.sessions.manager.query(
      'SELECT s.id, s.user_id FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = $1',
      [tokenHash],
    );
    const row = rows[0];
    return row ? { id: row.id, userId: row.user_id } : null;
  }

  getForUpdate(id: string, tx: Transaction): Promise<SessionEntity | null> {
    return tx.getRepository(SessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markRefreshTokenUsed(id: string, at: Date, tx: Transaction): Promise<void> {
    await tx.getRepository(RefreshTokenEntity).update({ id }, { usedAt: at });
  }

  async extend(id: string, lastUsedAt: Date, expiresAt: Date, tx: Transaction): Promise<void> {
    await tx.getRepository(SessionEntity).update({ id }, { lastUsedAt, expiresAt });
  }

  /** Used tokens older than the refresh TTL could not be replayed as valid anyway; keep the table small. */
  async deleteRefreshTokensUsedBefore(sessionId: string, before: Date, tx: Transaction): Promise<void> {
    await tx.getRepository(RefreshTokenEntity).delete({ sessionId, usedAt: LessThan(before) });
  }

  /** Ends the matching sessions that are still open and returns them; already-ended ones are left as they were. */
  async revoke(
    filter: RevokeFilter,
    reason: SessionRevokeReason,
    at: Date,
    tx?: Transaction,
  ): Promise<{ id: string; userId: string }[]> {
    const query = this.sessionRepo(tx)
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: at, revokeReason: reason })
      .where('revoked_at IS NULL');
    if ('id' in filter) {
      query.andWhere('id = :id', { id: filter.id });
      if (filter.userId !== undefined) {
        query.andWhere('user_id = :userId', { userId: filter.userId });
      }
    } else {
      query.andWhere('user_id = :userId', { userId: filter.userId });
      if (filter.exceptId !== undefined) {
        query.andWhere('id <> :exceptId', { exceptId: filter.exceptId });
      }
    }
    // returning() takes property paths; the raw rows carry column names.
    const result = await query.returning(['id', 'userId']).execute();
    return (result.raw as { id: string; user_id: string }[]).map((row) => ({ id: row.id, userId: row.user_id }));
  }

  getLiveness(id: string): Promise<SessionLivenessRow | null> {
    return this.sessions.findOne({
      select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
      where: { id },
    });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.sessions.update({ id }, { lastUsedAt: at });
  }

  /** The user's open sessions, most recently used first. */
  listLive(userId: string, now: Date, limit: number): Promise<SessionEntity[]> {
    return this.sessions.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { lastUsedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  /** Removes sessions that ended (expired or revoked) before the cutoff; their refresh tokens cascade. */
  async deleteEndedBefore(cutoff: Date): Promise<number> {
    const result = await this.sessions
      .createQueryBuilder()
      .delete()
      .where('expires_at < :cutoff OR revoked_at < :cutoff', { cutoff })
      .execute();
    return result.affected ?? 0;
  }
}
