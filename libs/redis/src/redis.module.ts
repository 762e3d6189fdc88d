import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Counter } from 'prom-client';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { RateLimitedLog } from '@groundwork/http';
import { defineCounter, defineGauge, Metrics } from '@groundwork/telemetry';

export const REDIS_METRICS = {
  up: defineGauge({
    name: 'groundwork_redis_up',
    help: 'Whether the shared Redis is connected (1) or unreachable (0); absent without REDIS_URL',
  }),
  fallbacks: defineCounter({
    name: 'groundwork_redis_fallbacks_total',
    help: 'Times a rate limit was counted in process or a session checked on the database because Redis was unavailable',
  }),
} as const;

/** Reconnect quickly and forever: sharing resumes by itself when Redis returns. */
const reconnectDelay = (attempt: number): number => Math.min(attempt * 100, 1_000);

/**
 * The shared Redis connection when REDIS_URL is set; `client` is undefined otherwise and callers
 * keep their state in process. Redis is an accelerator, never a dependency of a request: commands
 * are not queued while it is unreachable and time out quickly, and callers fall back (`isAvailable`,
 * `fellBack()`), so an outage costs sharing between instances, not requests.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly errors = new RateLimitedLog('Redis');
  private readonly fallbackLog = new RateLimitedLog('Redis');
  readonly client?: Redis;
  private down = false;
  private closing = false;
  private fallbackCount = 0;
  private readonly fallbackCounter?: Counter;

  constructor(@InjectConfig() config: AppConfig, @Optional() metrics?: Metrics) {
    if (config.redisUrl === undefined) {
      return;
    }
    // Operators alert on these: the limits and revocations are per process while Redis is down.
    this.fallbackCounter = metrics?.counter(REDIS_METRICS.fallbacks);
    const available = (): boolean => this.isAvailable;
    metrics?.gauge(REDIS_METRICS.up, function collect() {
      this.set(available() ? 1 : 0);
    });
    const client = new Redis(config.redisUrl, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: config.redis.commandTimeoutMs,
      connectTimeout: config.redis.connectTimeoutMs,
      retryStrategy: reconnectDelay,
    });
    this.client = client;
    // Without a listener ioredis reports connection errors as unhandled; while down it retries every second.
    client.on('error', (error: Error) => this.errors.warn(`Redis connection error: ${error.message}`));
    client.on('close', () => {
      if (!this.down && !this.closing) {
        this.down = true;
        this.logger.warn(
          'Redis is unreachable: rate limits count in each process and sessions are checked on the database until it returns',
        );
      }
    });
    client.on('ready', () => {
      if (this.down) {
        this.down = false;
        this.errors.reset();
        this.fallbackLog.reset();
        this.logger.log('Redis is back: rate limits and session revocations are shared again');
      }
    });
  }

  /** Configured and connected: state can be shared through it right now. */
  get isAvailable(): boolean {
    return this.client?.status === 'ready';
  }

  /** Times a caller did without Redis (an in-process count, a database check) since start. */
  get fallbacks(): number {
    return this.fallbackCount;
  }

  /** Callers report each time they did without Redis; counted, and warned about once per interval. */
  fellBack(what: string, error?: unknown): void {
    this.fallbackCount += 1;
    this.fallbackCounter?.inc();
    const reason = error instanceof Error ? `: ${error.message}` : '';
    this.fallbackLog.warn(`Redis unavailable, ${what}${reason}`, {
      event: 'redis.fallback',
      total: this.fallbackCount,
    });
  }

  /** A ping bounded in time, for readiness. */
  async ping(timeoutMs = 1_000): Promise<void> {
    if (!this.client) {
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.client.ping(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.client?.quit().catch(() => this.client?.disconnect());
  }
}

export const InjectRedis = (): ParameterDecorator => Inject(RedisConnection);

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
