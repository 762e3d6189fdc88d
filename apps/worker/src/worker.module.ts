import { type DynamicModule, Module } from '@nestjs/common';
import type { ConfiguredModule } from '@groundwork/config';
import { HealthChecksModule } from '@groundwork/health';
import { HttpPlatformModule } from '@groundwork/http';
import { FEATURES, platformModules } from '../../api/src/index.js';

/**
 * The API's features on the same platform, as an application context (no HTTP routes): the feature
 * modules bring their job handlers and schedules; the worker runs them all.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: ConfiguredModule): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        config,
        // The app's logger (pino) and error conventions.
        HttpPlatformModule,
        ...platformModules('worker'),
        HealthChecksModule,
        ...FEATURES,
      ],
    };
  }
}
