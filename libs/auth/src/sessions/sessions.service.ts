import { Injectable } from '@nestjs/common';
import type { Principal, Role } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { TransactionRunner } from '@groundwork/database';
import { ProblemException } from '@groundwork/http';
import { UsersService } from '@groundwork/users';
import { AuditLog } from '../audit/audit-log.service.js';
import { invalidRefreshToken, refreshTokenReused } from '../auth.errors.js';
import { AuthMetrics } from '../auth.metrics.js';
import { type AuthTokensResponseDto, mapTokens, type TokenPair } from '../dto/auth.dto.js';
import { mapSession, MAX_LISTED_SESSIONS, type SessionListResponseDto } from '../dto/session.dto.js';
import type { SessionRevokeReason } from '../entities/session.entity.js';
import { AccessTokenService } from '../tokens/access-token.service.js';
import { hashOpaqueToken, newOpaqueToken } from '../tokens/opaque-token.js';
import type { ClientInfo } from './client-info.js';
import { SessionLiveness } from './session-liveness.service.js';
import { type RevokeFilter, SessionsRepository } from './sessions.repository.js';

/** What one refresh attempt found, decided inside the transaction and acted on after it commits. */
type RotationOutcome =
  | { kind: 'invalid' }
  | { kind: 'reused'; sessionId: string; userId: string; revoked: boolean }
  | { kind: 'rotated'; sessionId: string; userId: string; refreshToken: string };

/** Sessions and their tokens: opening, rotating, listing and ending them. */
@Injectable()
export class SessionsService {
  private readonly refreshTtlMs: number;

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
  }

  /** Opens a session for a user who just proved who they are; returns its first token pair. */
  async start(user: { id: string; role: Role }, client: ClientInfo): Promise<{ sessionId: string; pair: TokenPair }> {
    const now = new Date();
    const refreshToken = newOpaqueToken();
    const session = await this.transactions.run(async (tx) => {
      const created = await this.sessions.create(
        {
          userId: user.id,
          userAgent: client.userAgent,
          ip: client.ip,
          lastUsedAt: now,
          expiresAt: new Date(now.getTime() + this.refreshTtlMs),
        },
        tx,
      );
      await this.sessions.addRefreshToken(created.id, hashOpaqueToken(refreshToken), tx);
      return created;
    });
    return { sessionId: session.id, pair: this.pair(user, session.id, refreshToken) };
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: presenting a used one means
   * it was copied, so the whole session ends (its newest refresh token and access tokens too).
   */
  async refresh(refreshToken: string, client: ClientInfo): Promise<AuthTokensResponseDto> {
    const outcome = await this.rotate(hashOpaqueToken(refreshToken));
    if (outcome.kind === 'invalid') {
      throw invalidRefreshToken();
    }
    if (outcome.kind === 'reused') {
      this.metrics.reuseDetections.inc();
      if (outcome.revoked) {
        this.metrics.revoked('refresh-token-reuse', 1);
        await this.liveness.revoked([outcome.sessionId]);
      }
      this.audit.warn('auth.refresh.reuse-detected', {
        userId: outcome.userId,
        sessionId: outcome.sessionId,
        ip: client.ip,
      });
      throw refreshTokenReused();
    }
    this.metrics.refreshRotations.inc();
    // Read after the commit: the role may have changed since sign-in, and the user may be gone.
    const user = await this.users.getAuthUserById(outcome.userId);
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

  async signOut(principal: Principal, client: ClientInfo): Promise<void> {
    await this.revoke({ id: principal.sessionId }, 'logout');
    this.audit.record('auth.sign-out', {
      userId: principal.userId,
      sessionId: principal.sessionId,
      ip: client.ip,
    });
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

  /** Ends every open session of a user (but `exceptSessionId`); returns how many ended. */
  revokeAllForUser(userId: string, reason: SessionRevokeReason, exceptSessionId?: string): Promise<number> {
    return this.revoke({ userId, exceptId: exceptSessionId }, reason);
  }

  private async revoke(filter: RevokeFilter, reason: SessionRevokeReason): Promise<number> {
    const ended = await this.sessions.revoke(filter, reason, new Date());
    this.metrics.revoked(reason, ended.length);
    await this.liveness.revoked(ended.map((session) => session.id));
    return ended.length;
  }

  /** The rotation itself: the token's row is locked, so of two concurrent uses one waits and then sees it used. */
  private rotate(tokenHash: string): Promise<RotationOutcome> {
    return this.transactions.run(async (tx): Promise<RotationOutcome> => {
      const token = await this.sessions.getRefreshTokenForUpdate(tokenHash, tx);
      if (!token) {
        return { kind: 'invalid' };
      }
      const session = await this.sessions.getForUpdate(token.sessionId, tx);
      if (!session) {
        return { kind: 'invalid' };
      }
      const now = new Date();
      if (token.usedAt !== null) {
        const revoked = await this.sessions.revoke({ id: session.id }, 'refresh-token-reuse', now, tx);
        return { kind: 'reused', sessionId: session.id, userId: session.userId, revoked: revoked.length > 0 };
      }
      if (session.revokedAt !== null || session.expiresAt.getTime() <= now.getTime()) {
        return { kind: 'invalid' };
      }
      const next = newOpaqueToken();
      await this.sessions.markRefreshTokenUsed(token.id, now, tx);
      await this.sessions.addRefreshToken(session.id, hashOpaqueToken(next), tx);
      await this.sessions.extend(session.id, now, new Date(now.getTime() + this.refreshTtlMs), tx);
      await this.sessions.deleteRefreshTokensUsedBefore(session.id, new Date(now.getTime() - this.refreshTtlMs), tx);
      return { kind: 'rotated', sessionId: session.id, userId: session.userId, refreshToken: next };
    });
  }

  private pair(user: { id: string; role: Role }, sessionId: string, refreshToken: string): TokenPair {
    return {
      accessToken: this.accessTokens.sign({ userId: user.id, sessionId, role: user.role }),
      refreshToken,
      expiresIn: this.accessTokens.ttlSeconds,
    };
  }
}
