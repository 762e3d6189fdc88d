import { type DynamicModule, Inject, Logger, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_CONFIG, type AppConfig } from './app-config.js';
import { loadAppConfig } from './env.validation.js';

export interface AppConfigOptions {
  /** Values that take precedence over process.env (tests, embedded tools). */
  overrides?: Record<string, string | undefined>;
}

/** Injects the typed configuration. */
export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);

@Module({})
export class AppConfigModule {
  static forRoot(options: AppConfigOptions = {}): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          envFilePath: ['.env'],
          ignoreEnvFile: process.env.NODE_ENV === 'test',
        }),
      ],
      providers: [
        {
          provide: APP_CONFIG,
          inject: [ConfigService],
          // ConfigModule has merged .env into process.env by now; validate the result once.
          useFactory: (): AppConfig => {
            const logger = new Logger('Config');
            return loadAppConfig({ ...process.env, ...options.overrides }, (message) => logger.warn(message));
          },
        },
      ],
      exports: [APP_CONFIG],
    };
  }
}
