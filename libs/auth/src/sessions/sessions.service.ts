import { Injectable } from '@nestjs/common';
import type { Principal, Role } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { type Transaction, TransactionRunner } from '@groundwork/database';
import { ProblemException } from '@groundwork/http';
import { UsersService } from '@groundwork/users';
import { AuditLog } from '../audit/audit-log.service.js';
import { invalidRefreshToken, missingAccessToken, refreshTokenReused } from '../auth.errors.js';
import { AuthMetrics } from '../auth.metrics.js';
import { type AuthTokensResponseDto, mapTokens, type TokenPair } from '../dto/auth.dto.js';
import { mapSession, MAX_LISTED_SESSIONS, type SessionListResponseDto } from '../dto/session.dto.js';
import type { SessionRevokeReason } from '../entities/session.entity.js';
import { AccessTokenService } from '../tokens/access-token.service.js';
import { hashOpaqueToken, newOpaqueToken, successorKey, successorToken } from '../tokens/opaque-token.js';
import type { ClientInfo } from './client-info.js';
import { SessionLiveness } from './session-liveness.service.js';
import { type RevokeFilter, SessionsRepository } from './sessions.repository.js';

/** What one refresh attempt found, decided inside the transaction and acted on after it commits. */
type RotationOutcome =
  | { kind: 'invalid' }
  | { kind: 'reused'; sessionId: string; userId: string }
  | {
      kind: 'rotated';
      sessionId: string;
      userId: string;
      refreshToken: string;
      repeat: boolean;
      /** The user's role read with the rotation (null: the user is gone); undefined when not read. */
      role?: Role | null;
    };

/** How far a repeat may walk from a used token to the live one (each step rotated within the grace window). */
const MAX_GRACE_STEPS = 8;

/** Sessions and their tokens: opening, rotating, listing and ending them. */
@Injectable()
export class SessionsService {
  private readonly refreshTtlMs: number;
  private readonly reuseGraceMs: number;
  private readonly successorKey: Buffer;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly transactions: TransactionRunner,
    private readonly accessTokens: AccessTokenService,
    private readonly liveness: SessionLiveness,
    private readonly users: UsersService,
    private readonly audit: AuditLog,
    private readonly metrics: AuthMetrics,
    @InjectConfig() config: AppConfig,
  ) {
    this.refreshTtlMs = config.jwt.refreshTtlSeconds * 1_000;
    this.reuseGraceMs = config.jwt.refreshReuseGraceSeconds * 1_000;
    this.successorKey = successorKey(config.jwt.secret);
  }

  /**
   * Opens a session for a user who just proved who they are; returns its first token pair. Joins
   * the caller's transaction when given (sign-up opens the session with the account).
   */
  async start(
    user: { id: string; role: Role },
    client: ClientInfo,
    tx?: Transaction,
  ): Promise<{ sessionId: string; pair: TokenPair }> {
    const now = new Date();
    const refreshToken = newOpaqueToken();
    const session = await this.transactions.join(tx, async (inner) => {
      const created = await this.sessions.create(
        {
          userId: user.id,
          userAgent: client.userAgent,
          ip: client.ip,
          lastUsedAt: now,
          expiresAt: new Date(now.getTime() + this.refreshTtlMs),
        },
        inner,
      );
      await this.sessions.addRefreshToken(created.id, hashOpaqueToken(refreshToken), inner);
      return created;
    });
    return { sessionId: session.id, pair: this.pair(user, session.id, refreshToken) };
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: presenting a used one means
   * it was copied, so the whole session ends (its newest refresh token and access tokens too),
   * except within the grace window right after its rotation, which answers with the session's
   * current refresh token (two tabs, a retry after a timeout) and never makes a second live one.
   */
  async refresh(refreshToken: string, client: ClientInfo): Promise<AuthTokensResponseDto> {
    const outcome = await this.rotate(refreshToken);
    if (outcome.kind === 'invalid') {
      throw invalidRefreshToken();
    }
    if (outcome.kind === 'reused') {
      this.metrics.reuseDetections.inc();
      this.audit.warn('auth.refresh.reuse-detected', {
        userId: outcome.userId,
        sessionId: outcome.sessionId,
        ip: client.ip,
      });
      throw refreshTokenReused();
    }
    if (outcome.repeat) {
      this.audit.record('auth.refresh.repeated', {
        userId: outcome.userId,
        sessionId: outcome.sessionId,
        ip: client.ip,
      });
    } else {
      this.metrics.refreshRotations.inc();
    }
    // The role as of the rotation (or read now): it may have changed since sign-in, and the user may be gone.
    const user =
      outcome.role === undefined
        ? await this.users.getAuthUserById(outcome.userId)
        : outcome.role && { id: outcome.userId, role: outcome.role };
    if (!user) {
      await this.revoke({ id: outcome.sessionId }, 'user-deleted');
      throw invalidRefreshToken();
    }
    return mapTokens(this.pair(user, outcome.sessionId, outcome.refreshToken));
  }

  async list(principal: Principal): Promise<SessionListResponseDto> {
    const sessions = await this.sessions.listLive(principal.userId, new Date(), MAX_LISTED_SESSIONS);
    return { items: sessions.map((session) => mapSession(session, principal.sessionId)) };
  }

  /** Ends one of the caller's own sessions; anyone else's is reported as missing. */
  async revokeOwn(principal: Principal, sessionId: string, client: ClientInfo): Promise<void> {
    const ended = await this.revoke({ id: sessionId, userId: principal.userId }, 'revoked-by-user');
    if (ended === 0) {
      throw new ProblemException(404, 'No open session with this id');
    }
    this.audit.record('auth.session.revoked', {
      userId: principal.userId,
      sessionId,
      ip: client.ip,
    });
  }

  /**
   * Ends a session named by its refresh token (any of its tokens, used or not) or by the caller's
   * access token: a client whose access token expired can still sign out.
   */
  async signOut(by: { principal?: Principal; refreshToken?: string }, client: ClientInfo): Promise<void> {
    let session: { id: string; userId: string } | undefined = by.principal
      ? { id: by.principal.sessionId, userId: by.principal.userId }
      : undefined;
    if (by.refreshToken !== undefined) {
      const token = await this.sessions.getRefreshTokenOwner(hashOpaqueToken(by.refreshToken));
      if (!token) {
        throw invalidRefreshToken();
      }
      session = token;
    }
    if (!session) {
      throw missingAccessToken();
    }
    await this.revoke({ id: session.id }, 'logout');
    this.audit.record('auth.sign-out', { userId: session.userId, sessionId: session.id, ip: client.ip });
  }

  async signOutEverywhere(principal: Principal, client: ClientInfo): Promise<void> {
    const ended = await this.revokeAllForUser(principal.userId, 'logout-all');
    this.audit.record('auth.sign-out-all', {
      userId: principal.userId,
      sessionId: principal.sessionId,
      sessions: ended,
      ip: client.ip,
    });
  }

  /**
   * Ends every open session of a user (but `exceptSessionId`); returns how many ended. In the
   * caller's transaction when given: the cache learns of it once that commits.
   */
  revokeAllForUser(
    userId: string,
    reason: SessionRevokeReason,
    options: { exceptSessionId?: string; tx?: Transaction } = {},
  ): Promise<number> {
    return this.revoke({ userId, exceptId: options.exceptSessionId }, reason, options.tx);
  }

  private revoke(filter: RevokeFilter, reason: SessionRevokeReason, tx?: Transaction): Promise<number> {
    return this.transactions.join(tx, async (inner) => {
      const ended = await this.sessions.revoke(filter, reason, new Date(), inner);
      if (ended.length > 0) {
        this.transactions.afterCommit(inner, () => {
          this.metrics.revoked(reason, ended.length);
          return this.liveness.revoked(ended.map((session) => session.id));
        });
      }
      return ended.length;
    });
  }

  /**
   * The rotation itself. The successor is derived from the presented token (successorToken), which
   * is what lets a repeat within the grace window find it again. The common case (an unused token
   * of a live session) is decided and written by one statement, a transaction of its own; anything
   * else is decided in a transaction that locks the token's row and then the session's, so
   * concurrent uses of one session's tokens run one after the other.
   */
  private async rotate(presented: string): Promise<RotationOutcome> {
    const next = successorToken(this.successorKey, presented);
    const at = new Date();
    const rotated = await this.sessions.rotateIfLive({
      tokenHash: hashOpaqueToken(presented),
      nextTokenHash: hashOpaqueToken(next),
      at,
      expiresAt: new Date(at.getTime() + this.refreshTtlMs),
      pruneUsedBefore: new Date(at.getTime() - this.refreshTtlMs),
    });
    if (rotated) {
      return { kind: 'rotated', ...rotated, refreshToken: next, repeat: false };
    }
    return this.transactions.run(async (tx): Promise<RotationOutcome> => {
      const token = await this.sessions.getRefreshTokenForUpdate(hashOpaqueToken(presented), tx);
      if (!token) {
        return { kind: 'invalid' };
      }
      const session = await this.sessions.getForUpdate(token.sessionId, tx);
      if (!session) {
        return { kind: 'invalid' };
      }
      const now = new Date();
      const live = session.revokedAt === null && session.expiresAt.getTime() > now.getTime();
      if (token.usedAt !== null) {
        const current = await this.currentWithinGrace(presented, token.usedAt, now, tx);
        if (current !== undefined) {
          return live
            ? { kind: 'rotated', sessionId: session.id, userId: session.userId, refreshToken: current, repeat: true }
            : { kind: 'invalid' };
        }
        await this.revoke({ id: session.id }, 'refresh-token-reuse', tx);
        return { kind: 'reused', sessionId: session.id, userId: session.userId };
      }
      if (!live) {
        return { kind: 'invalid' };
      }
      // Unused and live here only if the session changed under the statement above: rotate under the locks.
      await this.sessions.markRefreshTokenUsed(token.id, now, tx);
      await this.sessions.addRefreshToken(session.id, hashOpaqueToken(next), tx);
      await this.sessions.extend(session.id, now, new Date(now.getTime() + this.refreshTtlMs), tx);
      await this.sessions.deleteRefreshTokensUsedBefore(session.id, new Date(now.getTime() - this.refreshTtlMs), tx);
      return { kind: 'rotated', sessionId: session.id, userId: session.userId, refreshToken: next, repeat: false };
    });
  }

  /**
   * For a used token: the session's live refresh token, if this token and every successor up to
   * the live one were rotated within the grace window; undefined otherwise (reuse). Runs with the
   * session's row locked, so the chain cannot move meanwhile.
   */
  private async currentWithinGrace(
    presented: string,
    usedAt: Date,
    now: Date,
    tx: Transaction,
  ): Promise<string | undefined> {
    const withinGrace = (at: Date) => now.getTime() - at.getTime() <= this.reuseGraceMs;
    if (this.reuseGraceMs === 0 || !withinGrace(usedAt)) {
      return undefined;
    }
    let current = presented;
    for (let step = 0; step < MAX_GRACE_STEPS; step += 1) {
      const next = successorToken(this.successorKey, current);
      const row = await this.sessions.getRefreshToken(hashOpaqueToken(next), tx);
      if (!row) {
        return undefined;
      }
      if (row.usedAt === null) {
        return next;
      }
      if (!withinGrace(row.usedAt)) {
        return undefined;
      }
      current = next;
    }
    return undefined;
  }

  private pair(user: { id: string; role: Role }, sessionId: string, refreshToken: string): TokenPair {
    return {
      accessToken: this.accessTokens.sign({ userId: user.id, sessionId, role: user.role }),
      refreshToken,
      expiresIn: this.accessTokens.ttlSeconds,
    };
  }
}
