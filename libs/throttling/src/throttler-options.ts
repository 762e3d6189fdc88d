import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '@groundwork/config';
import { EMAIL_MAX_LENGTH, normaliseEmail, RouteMemo } from '@groundwork/http';
import type { RedisConnection } from '@groundwork/redis';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { FallbackThrottlerStorage } from './fallback-throttler.storage.js';
import { STRICT_THROTTLE_KEY } from './strict-throttle.decorator.js';

export const GENERAL_THROTTLER = 'default';
export const STRICT_IP_THROTTLER = 'auth-ip';
export const STRICT_ACCOUNT_THROTTLER = 'auth-account';

/** Per route, read once: two of the three limits ask on every request. */
const strictRoutes = new RouteMemo<boolean>();
const isStrict = (context: ExecutionContext): boolean => {
  const handler = context.getHandler();
  const controller = context.getClass();
  return strictRoutes.get(
    handler,
    controller,
    () =>
      Reflect.getMetadata(STRICT_THROTTLE_KEY, handler) === true ||
      Reflect.getMetadata(STRICT_THROTTLE_KEY, controller) === true,
  );
};

/** The account a strict request is about: the body's email, in its one normal form. */
export function accountOf(request: { body?: unknown }): string | undefined {
  const email = (request.body as { email?: unknown } | null | undefined)?.email;
  if (typeof email !== 'string') {
    return undefined;
  }
  const normalised = normaliseEmail(email);
  return normalised === '' || normalised.length > EMAIL_MAX_LENGTH ? undefined : normalised;
}

/**
 * Three counters: every request per IP (all routes together); strict routes per IP and route; strict
 * routes per account and route. Counters live in Redis when configured, so limits hold across instances,
 * and in process while Redis is unavailable.
 */
export function throttlerOptions(config: AppConfig, redis: RedisConnection): ThrottlerModuleOptions {
  const strictLimit = { limit: config.throttle.authLimit, ttl: config.throttle.authTtlSeconds * 1_000 };
  return {
    storage: redis.client
      ? new FallbackThrottlerStorage(redis, new RedisThrottlerStorage(redis.client), new MemoryThrottlerStorage())
      : new MemoryThrottlerStorage(),
    throttlers: [
      {
        name: GENERAL_THROTTLER,
        limit: config.throttle.limit,
        ttl: config.throttle.ttlSeconds * 1_000,
        // One budget per client across the API, not one per route.
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
      },
      {
        name: STRICT_IP_THROTTLER,
        ...strictLimit,
        skipIf: (context) => !isStrict(context),
        setHeaders: false,
      },
      {
        name: STRICT_ACCOUNT_THROTTLER,
        ...strictLimit,
        skipIf: (context) => !isStrict(context) || accountOf(context.switchToHttp().getRequest()) === undefined,
        getTracker: (request) => `account:${accountOf(request) ?? ''}`,
        setHeaders: false,
      },
    ],
  };
}
