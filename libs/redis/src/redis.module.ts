import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@groundwork/config';

/**
 * The shared Redis connection when REDIS_URL is set; `client` is undefined otherwise and
 * callers fall back to in-process state.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  readonly client?: Redis;

  constructor(@InjectConfig() config: AppConfig) {
    if (config.redisUrl === undefined) {
      return;
    }
    this.client = new Redis(config.redisUrl, {
      lazyConnect: false,
      maxRetriesPerRequest: 2,
      connectTimeout: 2_000,
      enableOfflineQueue: true,
    });
    // Without a listener ioredis reports connection errors as unhandled; log and keep retrying.
    this.client.on('error', (error: Error) => this.logger.warn(`Redis connection error: ${error.message}`));
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
    await this.client?.quit().catch(() => this.client?.disconnect());
  }
}

export const InjectRedis = (): ParameterDecorator => Inject(RedisConnection);

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
