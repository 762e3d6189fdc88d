import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Feature } from '@groundwork/feature';
import { IDEMPOTENCY_FEATURE } from './idempotency.feature.js';
import { IdempotencyPruner } from './idempotency-pruner.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/**
 * Idempotency-Key support for every operation marked @Idempotent(), in any module. A platform module
 * of every process (the CLI too), so its migration is part of the one history; its pruning is a job
 * schedule, so it runs where jobs run. Global: @Idempotent() on any module's controller finds it.
 */
@Global()
@Feature(IDEMPOTENCY_FEATURE)
@Module({
  imports: [TypeOrmModule.forFeature(IDEMPOTENCY_FEATURE.entities)],
  providers: [IdempotencyRepository, IdempotencyPruner],
  // @Idempotent() attaches the interceptor on a feature's own controller, which builds it from these.
  exports: [IdempotencyRepository, IdempotencyPruner],
})
export class IdempotencyModule {}
