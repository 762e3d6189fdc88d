import type { ThrottlerStorage } from '@nestjs/throttler';
import type { RedisConnection } from '@groundwork/redis';
import type { ThrottlerStorageRecord } from './redis-throttler.storage.js';

/**
 * Counts in Redis while it is available (limits hold across instances) and in process otherwise:
 * an unreachable or failing Redis never lets requests through uncounted, and never makes them wait.
 * Each instance then enforces the limit on its own traffic, so a client spread over N instances
 * gets at most N times its budget until Redis returns; sharing resumes with the next request.
 */
export class FallbackThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly redis: RedisConnection,
    private readonly shared: ThrottlerStorage,
    private readonly local: ThrottlerStorage,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    if (this.redis.isAvailable) {
      try {
        return await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      } catch (error) {
        this.redis.fellBack('rate limits count in this process', error);
      }
    } else {
      this.redis.fellBack('rate limits count in this process');
    }
    return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
  }
}
