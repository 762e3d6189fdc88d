import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

export interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * One round trip, atomic: count the hit in a fixed window and, past the limit, block for
 * blockDuration. A block resets the count, so counting starts afresh when it ends.
 * KEYS: hits, block. ARGV: ttl ms, limit, block ms. Returns hits, window ms left, blocked, block ms left.
 */
export const THROTTLE_SCRIPT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return {tonumber(ARGV[2]) + 1, blockLeft, 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local windowLeft = redis.call('PTTL', KEYS[1])
if windowLeft < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  windowLeft = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, windowLeft, 1, tonumber(ARGV[3])}
end
return {hits, windowLeft, 0, 0}
`;

/** The library wants seconds; both stores count in milliseconds. */
export function storageRecord(
  totalHits: number,
  msToExpire: number,
  isBlocked: boolean,
  msToBlockExpire: number,
): ThrottlerStorageRecord {
  return {
    totalHits,
    timeToExpire: Math.ceil(msToExpire / 1_000),
    isBlocked,
    timeToBlockExpire: Math.ceil(msToBlockExpire / 1_000),
  };
}

const KEY_PREFIX = 'gw:throttle:';

type ThrottleCommand = (
  hitsKey: string,
  blockKey: string,
  ttlMs: number,
  limit: number,
  blockMs: number,
) => Promise<[number, number, number, number]>;

/**
 * Rate-limit counters shared by every instance. A failing Redis throws: the caller
 * (FallbackThrottlerStorage) counts in process instead, so limits never fail open.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly throttle: ThrottleCommand;

  constructor(redis: Redis) {
    // defineCommand sends the script once and then calls it by SHA (EVALSHA).
    redis.defineCommand('groundworkThrottle', { numberOfKeys: 2, lua: THROTTLE_SCRIPT });
    const command = (redis as unknown as { groundworkThrottle: ThrottleCommand }).groundworkThrottle;
    this.throttle = command.bind(redis);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const hitsKey = `${KEY_PREFIX}${throttlerName}:${key}`;
    const [hits, windowLeftMs, blocked, blockLeftMs] = await this.throttle(
      hitsKey,
      `${hitsKey}:blocked`,
      ttl,
      limit,
      Math.max(blockDuration, 1),
    );
    return storageRecord(hits, windowLeftMs, blocked === 1, blockLeftMs);
  }
}
