import { type DynamicModule, Module } from '@nestjs/common';
import type { ConfiguredModule } from '@groundwork/config';
import { DatabaseModule } from '@groundwork/database';
import { HttpPlatformModule } from '@groundwork/http';
import { RedisModule } from '@groundwork/redis';
import { ThrottlingModule } from '@groundwork/throttling';
import { TelemetryModule } from '@groundwork/telemetry';
import { HealthModule } from '@groundwork/health';
import { UsersModule } from '@groundwork/users';
import { AuthModule } from '@groundwork/auth';
import { EventEmitterModule } from '@nestjs/event-emitter';

/** Composes the libs; the only place a new module is wired. */
@Module({})
export class AppModule {
  static forRoot(config: ConfiguredModule): DynamicModule {
    return {
      module: AppModule,
      imports: [
        config,
        HttpPlatformModule,
        TelemetryModule,
        DatabaseModule.forRoot(),
        RedisModule,
        ThrottlingModule,
        EventEmitterModule.forRoot(),
        HealthModule,
        UsersModule,
        AuthModule,
      ],
    };
  }
}
