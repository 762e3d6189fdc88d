import { EventEmitter } from 'node:events';
import { jest } from '@jest/globals';
import { loadAppConfig } from '@groundwork/config';
import type { RedisConnection } from '@groundwork/redis';
import type { AuthUser, UsersService } from '@groundwork/users';
import type { AccessTokenClaims } from '../tokens/access-token.service.js';
import {
  REVOCATIONS_CHANNEL,
  REVOKED_KEY_PREFIX,
  SessionLiveness,
  type SessionCacheOptions,
} from './session-liveness.service.js';
import type { SessionLivenessRow, SessionsRepository } from './sessions.repository.js';

const config = loadAppConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(48), JWT_ACCESS_TTL: '900' });
const claims: AccessTokenClaims = { sub: 'user-1', sid: 'session-1', role: 'user' };

const liveRow = (overrides: Partial<SessionLivenessRow> = {}): SessionLivenessRow => ({
  id: 'session-1',
  userId: 'user-1',
  revokedAt: null,
  expiresAt: new Date(Date.now() + 3_600_000),
  lastUsedAt: new Date(),
  ...overrides,
});

const authUser = (overrides: Partial<AuthUser> = {}): AuthUser => ({
  id: 'user-1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'user',
  passwordHash: 'x',
  emailVerified: true,
  credentialsVersion: 0,
  ...overrides,
});

/** Just what SessionLiveness uses of ioredis: status, exists, pipeline, duplicate, pub/sub events. */
class FakeRedis extends EventEmitter {
  status = 'ready';
  readonly keys = new Map<string, string>();
  readonly published: [string, string][] = [];
  readonly exists = jest.fn((key: string) => Promise.resolve(this.keys.has(key) ? 1 : 0));
  readonly subscriber = Object.assign(new EventEmitter(), {
    status: 'ready',
    subscribe: jest.fn(() => Promise.resolve(1)),
    quit: jest.fn(() => Promise.resolve('OK')),
    disconnect: jest.fn(),
  });
  duplicate(): typeof this.subscriber {
    return this.subscriber;
  }
  pipeline() {
    const ops: (() => void)[] = [];
    const pipeline = {
      set: (key: string, value: string) => {
        ops.push(() => this.keys.set(key, value));
        return pipeline;
      },
      publish: (channel: string, message: string) => {
        ops.push(() => this.published.push([channel, message]));
        return pipeline;
      },
      exec: () => Promise.resolve(ops.map((op) => op())),
    };
    return pipeline;
  }
}

function setup(options: Partial<SessionCacheOptions> = {}, redis?: FakeRedis) {
  const fellBack = jest.fn();
  const sessions = {
    getLiveness: jest.fn((): Promise<SessionLivenessRow | null> => Promise.resolve(liveRow())),
    touch: jest.fn((): Promise<void> => Promise.resolve()),
  };
  const users = { getAuthUserById: jest.fn((): Promise<AuthUser | null> => Promise.resolve(authUser())) };
  const liveness = new SessionLiveness(
    sessions as unknown as SessionsRepository,
    users as unknown as UsersService,
    { client: redis, fellBack } as unknown as RedisConnection,
    config,
    options,
  );
  liveness.onModuleInit();
  // The subscriber connects (and subscribes) on its own once Redis answers.
  redis?.subscriber.emit('ready');
  return { liveness, sessions, users, fellBack };
}

describe(SessionLiveness.name, () => {
  it('looks a session up once, then answers from the cache with the same frozen principal', async () => {
    const { liveness, sessions, users } = setup();

    const first = await liveness.check(claims);
    const second = await liveness.check(claims);

    expect(first).toEqual({ userId: 'user-1', sessionId: 'session-1', role: 'user' });
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(sessions.getLiveness).toHaveBeenCalledTimes(1);
    expect(users.getAuthUserById).toHaveBeenCalledWith('user-1');
  });

  it('shares one lookup between concurrent requests of a session', async () => {
    const { liveness, sessions } = setup();
    await Promise.all([liveness.check(claims), liveness.check(claims), liveness.check(claims)]);
    expect(sessions.getLiveness).toHaveBeenCalledTimes(1);
  });

  it('asks again once the entry is older than the TTL', async () => {
    const { liveness, sessions } = setup({ ttlMs: 20 });
    await liveness.check(claims);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await liveness.check(claims);
    expect(sessions.getLiveness).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['revoked', () => ({ row: liveRow({ revokedAt: new Date() }), user: authUser() })],
    ['expired', () => ({ row: liveRow({ expiresAt: new Date(Date.now() - 1) }), user: authUser() })],
    ['unknown', () => ({ row: null, user: authUser() })],
    ['of a deleted user', () => ({ row: liveRow(), user: null })],
    ["of someone else's", () => ({ row: liveRow({ userId: 'user-2' }), user: authUser() })],
  ])('refuses a session that is %s, and caches the refusal', async (_label, state) => {
    const { liveness, sessions, users } = setup();
    const { row, user } = state();
    sessions.getLiveness.mockResolvedValue(row);
    users.getAuthUserById.mockResolvedValue(user);

    await expect(liveness.check(claims)).resolves.toBe('ended');
    await expect(liveness.check(claims)).resolves.toBe('ended');
    expect(sessions.getLiveness).toHaveBeenCalledTimes(1);
  });

  it("refuses a token whose role is not the user's current role", async () => {
    const { liveness, users } = setup();
    users.getAuthUserById.mockResolvedValue(authUser({ role: 'admin' }));
    await expect(liveness.check(claims)).resolves.toBe('stale-role');
    await expect(liveness.check({ ...claims, role: 'admin' })).resolves.toMatchObject({ role: 'admin' });
  });

  it('refuses a token whose subject is not the session owner', async () => {
    const { liveness } = setup();
    await liveness.check(claims);
    await expect(liveness.check({ ...claims, sub: 'user-2' })).resolves.toBe('ended');
  });

  it("keys its answers by session and user: a mismatched pairing never ends the owner's session", async () => {
    const { liveness, users } = setup();
    users.getAuthUserById.mockImplementation((id?: unknown) =>
      Promise.resolve(authUser({ id: id as string, email: `${String(id)}@example.com` })),
    );
    const forged = { ...claims, sub: 'user-2' };
    // First the pairing, then the owner; then the owner cached, then the pairing, then the owner.
    await expect(liveness.check(forged)).resolves.toBe('ended');
    await expect(liveness.check(claims)).resolves.toMatchObject({ userId: 'user-1' });
    await expect(Promise.all([liveness.check(forged), liveness.check(claims)])).resolves.toEqual([
      'ended',
      expect.objectContaining({ userId: 'user-1' }),
    ]);
    await expect(liveness.check(claims)).resolves.toMatchObject({ userId: 'user-1' });
  });

  it('forgets a revoked session at once, in this process', async () => {
    const { liveness, sessions } = setup();
    await liveness.check(claims);
    sessions.getLiveness.mockResolvedValue(liveRow({ revokedAt: new Date() }));

    await liveness.revoked(['session-1']);

    await expect(liveness.check(claims)).resolves.toBe('ended');
  });

  it('does not cache what a lookup read while a revocation raced it', async () => {
    const { liveness, sessions } = setup();
    let release!: (row: SessionLivenessRow) => void;
    sessions.getLiveness.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));

    const racing = liveness.check(claims);
    await new Promise((resolve) => setImmediate(resolve));
    await liveness.revoked(['session-1']);
    release(liveRow());
    await racing;

    sessions.getLiveness.mockResolvedValue(liveRow({ revokedAt: new Date() }));
    await expect(liveness.check(claims)).resolves.toBe('ended');
  });

  it('keeps at most maxEntries sessions, dropping the oldest first', async () => {
    const { liveness, sessions } = setup({ maxEntries: 2 });
    sessions.getLiveness.mockImplementation(() => Promise.resolve(liveRow()));
    for (const sid of ['a', 'b', 'c']) {
      await liveness.check({ ...claims, sid });
    }
    expect(sessions.getLiveness).toHaveBeenCalledTimes(3);
    await liveness.check({ ...claims, sid: 'c' });
    await liveness.check({ ...claims, sid: 'b' });
    expect(sessions.getLiveness).toHaveBeenCalledTimes(3);
    await liveness.check({ ...claims, sid: 'a' });
    expect(sessions.getLiveness).toHaveBeenCalledTimes(4);
  });

  it('records session use at most once per touch interval', async () => {
    const { liveness, sessions } = setup({ ttlMs: 0, touchIntervalMs: 60_000 });
    sessions.getLiveness.mockResolvedValueOnce(liveRow({ lastUsedAt: new Date(Date.now() - 120_000) }));
    await liveness.check(claims);
    await liveness.check(claims);
    expect(sessions.touch).toHaveBeenCalledTimes(1);
    expect(sessions.touch).toHaveBeenCalledWith('session-1', expect.any(Date));
  });

  describe('with Redis', () => {
    it('marks revoked sessions for the access TTL and tells the other instances', async () => {
      const redis = new FakeRedis();
      const { liveness } = setup({}, redis);

      await liveness.revoked(['s1', 's2']);

      expect([...redis.keys.keys()]).toEqual([`${REVOKED_KEY_PREFIX}s1`, `${REVOKED_KEY_PREFIX}s2`]);
      expect(redis.published).toEqual([[REVOCATIONS_CHANNEL, JSON.stringify({ sessionIds: ['s1', 's2'] })]]);
      expect(redis.subscriber.subscribe).toHaveBeenCalledWith(REVOCATIONS_CHANNEL);
    });

    it('answers a miss for a revoked session from Redis, without the database', async () => {
      const redis = new FakeRedis();
      redis.keys.set(`${REVOKED_KEY_PREFIX}session-1`, '1');
      const { liveness, sessions } = setup({}, redis);

      await expect(liveness.check(claims)).resolves.toBe('ended');
      expect(sessions.getLiveness).not.toHaveBeenCalled();
    });

    it('evicts sessions revoked by another instance as soon as the message arrives', async () => {
      const redis = new FakeRedis();
      const { liveness, sessions } = setup({}, redis);
      await liveness.check(claims);
      sessions.getLiveness.mockResolvedValue(liveRow({ revokedAt: new Date() }));

      redis.subscriber.emit('message', REVOCATIONS_CHANNEL, JSON.stringify({ sessionIds: ['session-1'] }));

      await expect(liveness.check(claims)).resolves.toBe('ended');
    });

    it('refuses a cached session that another instance revoked while its message is still on the way', async () => {
      const redis = new FakeRedis();
      const { liveness, sessions } = setup({}, redis);
      await expect(liveness.check(claims)).resolves.toMatchObject({ userId: 'user-1' });

      // The other instance's logout has answered: its key is set, its pub/sub message not yet heard here.
      redis.keys.set(`${REVOKED_KEY_PREFIX}session-1`, '1');

      await expect(liveness.check(claims)).resolves.toBe('ended');
      await expect(liveness.check(claims)).resolves.toBe('ended');
      expect(sessions.getLiveness).toHaveBeenCalledTimes(1);
    });

    it('starts from an empty cache after the subscriber reconnects (messages may have been missed)', async () => {
      const redis = new FakeRedis();
      const { liveness, sessions } = setup({}, redis);
      await liveness.check(claims);
      redis.subscriber.emit('ready');
      await liveness.check(claims);
      expect(sessions.getLiveness).toHaveBeenCalledTimes(2);
    });

    it('falls back to the database when Redis is not connected', async () => {
      const redis = new FakeRedis();
      redis.status = 'reconnecting';
      redis.keys.set(`${REVOKED_KEY_PREFIX}session-1`, '1');
      const { liveness, sessions } = setup({}, redis);

      await expect(liveness.check(claims)).resolves.toMatchObject({ sessionId: 'session-1' });
      expect(redis.exists).not.toHaveBeenCalled();
      expect(sessions.getLiveness).toHaveBeenCalledTimes(1);
      await liveness.revoked(['session-1']);
      expect(redis.published).toEqual([]);
    });

    it('caches nothing while the revocation channel is down, so every check asks the database', async () => {
      const redis = new FakeRedis();
      const { liveness, sessions, fellBack } = setup({}, redis);
      await liveness.check(claims);
      await liveness.check(claims);
      expect(sessions.getLiveness).toHaveBeenCalledTimes(1);

      redis.subscriber.status = 'reconnecting';
      redis.subscriber.emit('close');
      await liveness.check(claims);
      await liveness.check(claims);
      expect(sessions.getLiveness).toHaveBeenCalledTimes(3);
      expect(fellBack).toHaveBeenCalledWith('sessions are checked on the database');

      redis.subscriber.status = 'ready';
      redis.subscriber.emit('ready');
      await liveness.check(claims);
      await liveness.check(claims);
      expect(sessions.getLiveness).toHaveBeenCalledTimes(4);
    });

    it('ignores malformed messages', async () => {
      const redis = new FakeRedis();
      const { liveness } = setup({}, redis);
      await liveness.check(claims);
      expect(() => redis.subscriber.emit('message', REVOCATIONS_CHANNEL, '{not json')).not.toThrow();
      await expect(liveness.check(claims)).resolves.toMatchObject({ sessionId: 'session-1' });
    });
  });
});
