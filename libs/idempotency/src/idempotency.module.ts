import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Feature } from '@groundwork/feature';
import { IDEMPOTENCY_FEATURE } from './idempotency.feature.js';
import { IdempotencyPruner } from './idempotency-pruner.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/**
 * Idempotency-Key support for every operation marked @Idempotent(), in any module. A platform module
 * of every process (the CLI too), so its migration is part of the one history; its pruning is a job
 * schedule, so it runs where jobs run.
 */
@Feature(IDEMPOTENCY_FEATURE)
@Module({
  imports: [TypeOrmModule.forFeature(IDEMPOTENCY_FEATURE.entities)],
  providers: [IdempotencyRepository, IdempotencyPruner, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [IdempotencyPruner],
})
export class IdempotencyModule {}
