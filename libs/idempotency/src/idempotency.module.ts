import { Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Feature } from '@groundwork/feature';
import { IDEMPOTENCY_FEATURE } from './idempotency.feature.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyRepository } from './idempotency.repository.js';

export const PRUNE_INTERVAL_MS = 60 * 60_000;

/** Deletes expired keys hourly; every instance may run it, the delete is idempotent. */
@Injectable()
export class IdempotencyPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer?: NodeJS.Timeout;

  constructor(private readonly keys: IdempotencyRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      void this.prune();
    }, PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async prune(): Promise<number> {
    try {
      const deleted = await this.keys.deleteExpired();
      if (deleted > 0) {
        this.logger.log({ event: 'idempotency.pruned', deleted }, 'Pruned expired idempotency keys');
      }
      return deleted;
    } catch (error) {
      this.logger.warn(`Pruning failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}

/**
 * Idempotency-Key support for every operation marked @Idempotent(), in any module. A platform module
 * of every process (the CLI too), so its migration is part of the one history.
 */
@Feature(IDEMPOTENCY_FEATURE)
@Module({
  imports: [TypeOrmModule.forFeature(IDEMPOTENCY_FEATURE.entities)],
  providers: [IdempotencyRepository, IdempotencyPruner, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [IdempotencyPruner],
})
export class IdempotencyModule {}
