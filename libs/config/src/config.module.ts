import { type DynamicModule, Inject, Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_CONFIG, type AppConfig } from './app-config.js';
import { loadAppConfig } from './env.validation.js';

export interface AppConfigOptions {
  /** Values that take precedence over process.env (tests, embedded tools). */
  overrides?: Record<string, string | undefined>;
  /** False in processes that never sign a token (the CLI): no warning about a generated JWT_SECRET. */
  signsTokens?: boolean;
}

/** The config module together with the validated values, for what must be decided before Nest starts. */
export type ConfiguredModule = DynamicModule & { config: AppConfig };

/** Injects the typed configuration. */
export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);

@Module({})
export class AppConfigModule {
  /**
   * Reads .env (real environment variables win), validates everything once and provides the
   * typed object. Throws ConfigError listing every problem.
   */
  static forRoot(options: AppConfigOptions = {}): ConfiguredModule {
    const dotenv = ConfigModule.forRoot({ envFilePath: ['.env'], ignoreEnvFile: process.env.NODE_ENV === 'test' });
    const logger = new Logger('Config');
    const config = loadAppConfig(
      { ...process.env, ...options.overrides },
      (message) => {
        logger.warn(message);
      },
      { signsTokens: options.signsTokens ?? true },
    );
    return {
      module: AppConfigModule,
      global: true,
      imports: [dotenv],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      config,
    };
  }
}
