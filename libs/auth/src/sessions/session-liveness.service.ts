import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit, Optional } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Principal } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { RedisConnection } from '@groundwork/redis';
import { UsersService } from '@groundwork/users';
import type { AccessTokenClaims } from '../tokens/access-token.service.js';
import { SessionsRepository } from './sessions.repository.js';

export interface SessionCacheOptions {
  /** How long a looked-up session state is trusted without asking again. */
  ttlMs: number;
  /** Bound on cached sessions; the oldest entry goes first. */
  maxEntries: number;
  /** last_used_at is written at most this often per session (from the guard's lookups). */
  touchIntervalMs: number;
}

export const DEFAULT_SESSION_CACHE: SessionCacheOptions = { ttlMs: 5_000, maxEntries: 10_000, touchIntervalMs: 60_000 };
export const SESSION_CACHE_OPTIONS = Symbol('SESSION_CACHE_OPTIONS');

export const REVOKED_KEY_PREFIX = 'gw:auth:revoked:';
export const REVOCATIONS_CHANNEL = 'gw:auth:revocations';

/** Why a verified token is refused even though its signature and expiry are fine. */
export type SessionRejection = 'ended' | 'stale-role';

interface Entry {
  /** The user the lookup was for: an entry answers only for the session and user together. */
  userId: string;
  /** Frozen and shared by every request of the session; null when the session no longer works. */
  principal: Readonly<Principal> | null;
  expiresAtMs: number;
  cachedUntilMs: number;
}

const loadingKey = (sessionId: string, userId: string): string => `${sessionId} ${userId}`;

interface RevocationMessage {
  sessionIds: string[];
}

/**
 * Answers "does this session still work, and as which role?" for every authenticated request.
 * The database is the source of truth; an in-process cache (short TTL, bounded) makes the common
 * case free. Revocations evict at once in this process and, with Redis, in every other one
 * (pub/sub), while a per-session Redis key answers misses for revoked sessions without the database.
 */
@Injectable()
export class SessionLiveness implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SessionLiveness');
  private readonly options: SessionCacheOptions;
  private readonly cache = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  /** Bumped on every eviction: a lookup that raced a revocation must not cache what it read. */
  private epoch = 0;
  private readonly redis?: Redis;
  private readonly connection: RedisConnection;
  private subscriber?: Redis;
  private readonly revokedKeyTtlSeconds: number;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersService,
    redis: RedisConnection,
    @InjectConfig() config: AppConfig,
    @Optional() @Inject(SESSION_CACHE_OPTIONS) options?: Partial<SessionCacheOptions>,
  ) {
    this.options = { ...DEFAULT_SESSION_CACHE, ...options };
    this.redis = redis.client;
    this.connection = redis;
    // Tokens issued before the revocation expire within the access TTL; a minute more covers clock skew.
    this.revokedKeyTtlSeconds = config.jwt.accessTtlSeconds + 60;
  }

  onModuleInit(): void {
    if (!this.redis) {
      return;
    }
    const subscriber = this.redis.duplicate({ autoResubscribe: false });
    this.subscriber = subscriber;
    // Connection errors are already reported (rate-limited) by the shared connection.
    subscriber.on('error', () => undefined);
    // Without the channel, other instances' revocations go unheard: cached entries can't be trusted,
    // and nothing is cached until it is back (see cachedUntil).
    subscriber.on('close', () => this.evictAll());
    // Messages sent while disconnected are lost: start from a clean cache after every (re)connect.
    subscriber.on('ready', () => {
      this.evictAll();
      subscriber.subscribe(REVOCATIONS_CHANNEL).catch((error: unknown) => {
        this.logger.warn(`Could not subscribe to revocations: ${String(error)}`);
      });
    });
    subscriber.on('message', (_channel: string, message: string) => this.onRevocationMessage(message));
  }

  /**
   * Until when a looked-up state may be trusted. With Redis configured but its revocation channel
   * down, not at all: every request asks the database, so a revocation on another instance holds at
   * once, at the cost of a lookup per request until Redis returns.
   */
  private cachedUntil(now: number): number {
    if (this.subscriber !== undefined && this.subscriber.status !== 'ready') {
      this.connection.fellBack('sessions are checked on the database');
      return now;
    }
    return now + this.options.ttlMs;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /**
   * The principal for a token whose signature, expiry, issuer and audience are already verified,
   * or why it is refused. Free while cached; otherwise one lookup, shared by concurrent requests.
   */
  async check(claims: AccessTokenClaims): Promise<Readonly<Principal> | SessionRejection> {
    const now = Date.now();
    let entry = this.cache.get(claims.sid);
    // A token pairing this session with another user id gets its own lookup (and its own refusal),
    // never the session owner's cached answer, and cannot leave "ended" for the owner either.
    const cached = entry !== undefined && entry.userId === claims.sub && entry.cachedUntilMs > now ? entry : undefined;
    // With Redis, every request also asks whether another instance has revoked the session: the
    // revocation's key is set before its logout answers, while the pub/sub message that evicts this
    // cache may still be on its way, and a lookup joined here may have read the database before the
    // revocation committed. Without Redis there is one instance, and its revocations evict at once.
    const [found, revokedElsewhere] = await Promise.all([
      cached ?? this.lookup(claims.sid, claims.sub),
      this.redis === undefined ? false : this.revokedInRedis(claims.sid),
    ]);
    if (revokedElsewhere) {
      this.evict([claims.sid]);
      return 'ended';
    }
    entry = found;
    const principal = entry.principal;
    if (principal === null || principal.userId !== claims.sub || entry.expiresAtMs <= now) {
      return 'ended';
    }
    // The role is read from the user on lookup: a token minted before a role change no longer passes.
    if (principal.role !== claims.role) {
      return 'stale-role';
    }
    return principal;
  }

  /** Call after revoking sessions in the database: their access tokens stop working here and everywhere. */
  async revoked(sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) {
      return;
    }
    this.evict(sessionIds);
    const redis = this.redis;
    if (!redis) {
      return;
    }
    if (redis.status !== 'ready') {
      // Other instances don't cache while they can't hear the channel: they check the database.
      this.connection.fellBack('a revocation is not broadcast (other instances check the database)');
      return;
    }
    const message: RevocationMessage = { sessionIds };
    const pipeline = redis.pipeline();
    for (const id of sessionIds) {
      pipeline.set(`${REVOKED_KEY_PREFIX}${id}`, '1', 'EX', this.revokedKeyTtlSeconds);
    }
    pipeline.publish(REVOCATIONS_CHANNEL, JSON.stringify(message));
    try {
      await pipeline.exec();
    } catch (error) {
      this.logger.warn(`Could not share a revocation through Redis: ${String(error)}`);
    }
  }

  private lookup(sessionId: string, userId: string): Promise<Entry> {
    const key = loadingKey(sessionId, userId);
    const inFlight = this.loading.get(key);
    if (inFlight !== undefined) {
      return inFlight;
    }
    const pending: Promise<Entry> = this.load(sessionId, userId).finally(() => {
      // An eviction may have replaced this lookup with a newer one; leave that one alone.
      if (this.loading.get(key) === pending) {
        this.loading.delete(key);
      }
    });
    this.loading.set(key, pending);
    return pending;
  }

  private async load(sessionId: string, userId: string): Promise<Entry> {
    const epoch = this.epoch;
    const entry = (await this.revokedInRedis(sessionId))
      ? this.ended(userId)
      : await this.loadFromDatabase(sessionId, userId);
    // A refusal for a pairing that is not the session's own must not displace the owner's entry.
    const owners = this.cache.get(sessionId);
    const displacesOwner =
      entry.principal === null && owners !== undefined && owners.principal !== null && owners.userId !== userId;
    if (epoch === this.epoch && !displacesOwner) {
      this.store(sessionId, entry);
    }
    return entry;
  }

  private async loadFromDatabase(sessionId: string, userId: string): Promise<Entry> {
    // The token names both; fetching them together halves the latency of a miss.
    const [session, user] = await Promise.all([
      this.sessions.getLiveness(sessionId),
      this.users.getAuthUserById(userId),
    ]);
    const now = Date.now();
    if (
      session === null ||
      user === null ||
      session.userId !== user.id ||
      session.revokedAt !== null ||
      session.expiresAt.getTime() <= now
    ) {
      return this.ended(userId);
    }
    if (now - session.lastUsedAt.getTime() >= this.options.touchIntervalMs) {
      this.sessions.touch(sessionId, new Date(now)).catch((error: unknown) => {
        this.logger.warn(`Could not record session use: ${String(error)}`);
      });
    }
    return {
      userId,
      principal: Object.freeze({ userId: user.id, sessionId, role: user.role }),
      expiresAtMs: session.expiresAt.getTime(),
      cachedUntilMs: this.cachedUntil(now),
    };
  }

  private ended(userId: string): Entry {
    return { userId, principal: null, expiresAtMs: 0, cachedUntilMs: this.cachedUntil(Date.now()) };
  }

  /** A revoked session's key answers without the database; a slow or absent Redis is skipped, not waited for. */
  private async revokedInRedis(sessionId: string): Promise<boolean> {
    const redis = this.redis;
    if (!redis || redis.status !== 'ready') {
      return false;
    }
    try {
      return (await redis.exists(`${REVOKED_KEY_PREFIX}${sessionId}`)) === 1;
    } catch {
      return false;
    }
  }

  private store(sessionId: string, entry: Entry): void {
    this.cache.delete(sessionId);
    if (this.cache.size >= this.options.maxEntries) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) {
        this.cache.delete(oldest.value);
      }
    }
    this.cache.set(sessionId, entry);
  }

  private evict(sessionIds: string[]): void {
    this.epoch += 1;
    const ids = new Set(sessionIds);
    for (const id of ids) {
      this.cache.delete(id);
    }
    // Lookups in flight are few; each is keyed by session and user.
    for (const key of this.loading.keys()) {
      if (ids.has(key.slice(0, key.indexOf(' ')))) {
        this.loading.delete(key);
      }
    }
  }

  private evictAll(): void {
    this.epoch += 1;
    this.cache.clear();
  }

  private onRevocationMessage(message: string): void {
    try {
      const parsed = JSON.parse(message) as Partial<RevocationMessage>;
      if (Array.isArray(parsed.sessionIds)) {
        this.evict(parsed.sessionIds.filter((id): id is string => typeof id === 'string'));
      }
    } catch {
      this.logger.warn('Ignored a malformed revocation message');
    }
  }
}
