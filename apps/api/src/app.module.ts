import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import type { ConfiguredModule } from '@groundwork/config';
import { DatabaseModule } from '@groundwork/database';
import { HttpPlatformModule } from '@groundwork/http';
import { RedisModule } from '@groundwork/redis';
import { ThrottlingModule } from '@groundwork/throttling';
import { TelemetryModule } from '@groundwork/telemetry';
import { HealthModule } from '@groundwork/health';
import { IdempotencyModule } from '@groundwork/idempotency';
import { JobsModule, type JobsRole } from '@groundwork/jobs';
import { featureOf } from '@groundwork/feature';
import * as features from './features.js';

/**
 * The feature modules the API serves, from features.ts (one line each: adding a module adds a line
 * there and changes none), in the alphabetical order of their names. The platform finds what each
 * declares (@Feature) among the imported modules; the CLI and the worker import the same list, so
 * their migrations, commands and handlers match the API's.
 */
export const FEATURES: readonly Type[] = Object.values(features satisfies Record<string, Type>).map((module) => {
  if (featureOf(module) === undefined) {
    throw new Error(`${module.name} in apps/api/src/features.ts has no @Feature() declaration`);
  }
  return module;
});

/**
 * What the features run on in every process (the API, the CLI): a module any feature may inject
 * from belongs here, so that each process has it. HTTP-only parts stay in AppModule.
 */
export function platformModules(jobs: JobsRole = 'api'): (Type | DynamicModule)[] {
  // Jobs: the API runs handlers unless JOBS_MODE=off, the worker always, the CLI only enqueues.
  return [
    TelemetryModule,
    // The CLI's `migrate` is how a schema behind the build catches up: only it may start on one.
    DatabaseModule.forRoot({ requireCurrentSchema: jobs !== 'client' }),
    RedisModule,
    EventEmitterModule.forRoot(),
    IdempotencyModule,
    JobsModule.forRoot(jobs),
  ];
}

/** Composes the platform and the features; the only place a module is wired. */
@Module({})
export class AppModule {
  static forRoot(config: ConfiguredModule): DynamicModule {
    return {
      module: AppModule,
      imports: [
        config,
        HttpPlatformModule,
        ...platformModules(),
        // Before the features: global guards run in import order, and counting is cheaper than token work.
        ThrottlingModule,
        HealthModule,
        ...FEATURES,
      ],
    };
  }
}
