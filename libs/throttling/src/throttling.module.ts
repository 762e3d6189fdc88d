import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@groundwork/config';
import { RedisConnection } from '@groundwork/redis';
import { ProblemThrottlerGuard } from './throttler.guard.js';
import { ThrottlingMetrics } from './throttling.metrics.js';
import { throttlerOptions } from './throttler-options.js';

/**
 * Rate limits as a global guard. Import it before the module that registers the authentication
 * guard: global guards run in registration order, and counting is cheaper than token work.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, RedisConnection],
      useFactory: (config: AppConfig, redis: RedisConnection) => throttlerOptions(config, redis),
    }),
  ],
  providers: [ThrottlingMetrics, { provide: APP_GUARD, useClass: ProblemThrottlerGuard }],
})
export class ThrottlingModule {}
