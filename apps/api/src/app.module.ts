import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule, type AppConfigOptions } from '@groundwork/config';
import { DatabaseModule } from '@groundwork/database';
import { HttpPlatformModule } from '@groundwork/http';
import { RedisModule } from '@groundwork/redis';
import { HealthModule } from '@groundwork/health';
import { UsersModule } from '@groundwork/users';
import { EventEmitterModule } from '@nestjs/event-emitter';

/** Composes the libs; the only place a new module is wired. */
@Module({})
export class AppModule {
  static forRoot(options: AppConfigOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(options),
        HttpPlatformModule,
        DatabaseModule.forRoot(),
        RedisModule,
        EventEmitterModule.forRoot(),
        HealthModule,
        UsersModule,
      ],
    };
  }
}
