import { type ExecutionContext } from '@nestjs/common';
import { jest } from '@jest/globals';
// Types only: @nestjs/throttler (CommonJS requiring the ESM @nestjs/common) can't load under Jest's ESM mode;
// the guard's 429 answer is covered end to end (test/auth/throttling.e2e-spec.ts).
import type { ThrottlerOptions } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { loadAppConfig } from '@groundwork/config';
import type { RedisConnection } from '@groundwork/redis';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { FallbackThrottlerStorage } from './fallback-throttler.storage.js';
import { StrictThrottle } from './strict-throttle.decorator.js';
import { accountOf, throttlerOptions } from './throttler-options.js';

class Routes {
  @StrictThrottle()
  login(): void {}
  profile(): void {}
}

function contextFor(method: 'login' | 'profile', body?: unknown): ExecutionContext {
  const request = { body, ip: '203.0.113.7', headers: {} };
  return {
    getClass: () => Routes,
    getHandler: () => (Routes.prototype as unknown as Record<string, unknown>)[method],
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('throttling', () => {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    THROTTLE_LIMIT: '100',
    THROTTLE_TTL: '60',
    THROTTLE_AUTH_LIMIT: '5',
    THROTTLE_AUTH_TTL: '120',
  });

  it('reads the account from the body email, normalised', () => {
    expect(accountOf({ body: { email: '  Ada@Example.COM ' } })).toBe('ada@example.com');
    expect(accountOf({ body: { email: 42 } })).toBeUndefined();
    expect(accountOf({ body: { email: '   ' } })).toBeUndefined();
    expect(accountOf({ body: null })).toBeUndefined();
    expect(accountOf({})).toBeUndefined();
  });

  it('limits every route per IP, and strict routes per IP and per account', async () => {
    const options = throttlerOptions(config, { client: undefined } as RedisConnection);
    const throttlers = (options as { throttlers: ThrottlerOptions[] }).throttlers;
    const [general, strictIp, strictAccount] = throttlers as [ThrottlerOptions, ThrottlerOptions, ThrottlerOptions];

    expect([general.limit, general.ttl]).toEqual([100, 60_000]);
    expect([strictIp.limit, strictIp.ttl, strictAccount.limit, strictAccount.ttl]).toEqual([5, 120_000, 5, 120_000]);
    expect(general.generateKey?.(contextFor('profile'), '203.0.113.7', 'default')).toBe('default:203.0.113.7');

    expect(strictIp.skipIf?.(contextFor('profile'))).toBe(true);
    expect(strictIp.skipIf?.(contextFor('login'))).toBe(false);
    expect(strictAccount.skipIf?.(contextFor('login', { email: 'a@b.c' }))).toBe(false);
    expect(strictAccount.skipIf?.(contextFor('login', { refreshToken: 'x' }))).toBe(true);
    expect(strictAccount.skipIf?.(contextFor('profile', { email: 'a@b.c' }))).toBe(true);
    const request = contextFor('login', { email: 'A@B.C' }).switchToHttp().getRequest<Record<string, unknown>>();
    await expect(Promise.resolve(strictAccount.getTracker?.(request, contextFor('login')))).resolves.toBe(
      'account:a@b.c',
    );
    const { storage } = options as { storage?: unknown };
    expect(storage).toBeInstanceOf(MemoryThrottlerStorage);
    (storage as MemoryThrottlerStorage).onApplicationShutdown();
  });

  describe(RedisThrottlerStorage.name, () => {
    function storageWith(command: (...args: unknown[]) => Promise<[number, number, number, number]>) {
      const throttle = jest.fn(command);
      const redis = { defineCommand: jest.fn(), groundworkThrottle: throttle };
      return { storage: new RedisThrottlerStorage(redis as unknown as Redis), throttle, redis };
    }

    it('runs the script with both keys and maps its answer to seconds', async () => {
      const { storage, throttle, redis } = storageWith(() => Promise.resolve([3, 59_001, 0, 0]));

      await expect(storage.increment('k', 60_000, 5, 60_000, 'auth-ip')).resolves.toEqual({
        totalHits: 3,
        timeToExpire: 60,
        isBlocked: false,
        timeToBlockExpire: 0,
      });
      expect(redis.defineCommand).toHaveBeenCalledWith(
        'groundworkThrottle',
        expect.objectContaining({ numberOfKeys: 2 }),
      );
      expect(throttle).toHaveBeenCalledWith(
        'gw:throttle:auth-ip:k',
        'gw:throttle:auth-ip:k:blocked',
        60_000,
        5,
        60_000,
      );
    });

    it('reports a block with the time left on it', async () => {
      const { storage } = storageWith(() => Promise.resolve([6, 10_000, 1, 30_500]));
      await expect(storage.increment('k', 60_000, 5, 60_000, 'auth-ip')).resolves.toMatchObject({
        isBlocked: true,
        timeToBlockExpire: 31,
      });
    });

    it('throws when Redis fails, so the caller can count elsewhere', async () => {
      const { storage } = storageWith(() => Promise.reject(new Error('ECONNREFUSED')));
      await expect(storage.increment('k', 60_000, 5, 60_000, 'auth-ip')).rejects.toThrow('ECONNREFUSED');
    });
  });

  describe(FallbackThrottlerStorage.name, () => {
    function setup(available: boolean, shared: () => Promise<[number, number, number, number]>) {
      const redis = { isAvailable: available, fellBack: jest.fn() };
      const throttle = jest.fn(shared);
      const sharedStorage = new RedisThrottlerStorage({
        defineCommand: jest.fn(),
        groundworkThrottle: throttle,
      } as unknown as Redis);
      const local = new MemoryThrottlerStorage();
      const storage = new FallbackThrottlerStorage(redis as unknown as RedisConnection, sharedStorage, local);
      return { storage, redis, throttle, local };
    }

    it('counts in Redis while it is available', async () => {
      const { storage, redis, local } = setup(true, () => Promise.resolve([2, 1_000, 0, 0]));
      await expect(storage.increment('k', 60_000, 1, 60_000, 'auth-ip')).resolves.toMatchObject({ totalHits: 2 });
      expect(redis.fellBack).not.toHaveBeenCalled();
      local.onApplicationShutdown();
    });

    it.each([
      ['fails', true],
      ['is disconnected', false],
    ])('counts in process, and still blocks, when Redis %s', async (_case, available) => {
      const { storage, redis, throttle, local } = setup(available, () => Promise.reject(new Error('timeout')));
      expect((await storage.increment('k', 60_000, 1, 60_000, 'auth-ip')).isBlocked).toBe(false);
      expect((await storage.increment('k', 60_000, 1, 60_000, 'auth-ip')).isBlocked).toBe(true);
      expect(redis.fellBack).toHaveBeenCalledTimes(2);
      expect(throttle).toHaveBeenCalledTimes(available ? 2 : 0);
      local.onApplicationShutdown();
    });
  });
});
