import { type DynamicModule, Module } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, ConfigError } from '@groundwork/config';
import { FeatureCatalog } from '@groundwork/feature';
import { DatabaseServer } from './database-server.js';
import { DatabaseLifecycle } from './database-lifecycle.js';
import { postgresOptions } from './data-source-options.js';
import { TransactionRunner } from './transaction-runner.js';
import { DatabaseUnavailableTranslator } from './database-unavailable.js';
import { openDataSource } from './schema-check.js';

@Module({ providers: [DatabaseServer], exports: [DatabaseServer] })
class DatabaseServerModule {}

/**
 * The data source for PostgreSQL or the embedded server. Its entities and its one migration history
 * are those the app's features declare (FeatureCatalog), whichever lib they live in.
 */
@Module({})
export class DatabaseModule {
  /** `requireCurrentSchema`: refuse to start on a schema behind the build unless migrating at start (see openDataSource). */
  static forRoot({ requireCurrentSchema = true }: { requireCurrentSchema?: boolean } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          imports: [DatabaseServerModule],
          inject: [DatabaseServer, APP_CONFIG, ModulesContainer],
          dataSourceFactory: openDataSource(requireCurrentSchema),
          useFactory: async (server: DatabaseServer, config: AppConfig, modules: ModulesContainer) => {
            const catalog = FeatureCatalog.of(modules);
            return {
              ...postgresOptions({
                url: await server.url(),
                poolSize: config.database.poolSize,
                migrationsRun: config.database.migrateOnStart,
                connectTimeoutMs: config.database.connectTimeoutMs,
                acquireTimeoutMs: config.database.acquireTimeoutMs,
                statementTimeoutMs: config.database.statementTimeoutMs,
                entities: [...catalog.entities],
                migrations: [...catalog.migrations],
              }),
              retryAttempts: 2,
              retryDelay: 1_000,
              // A schema behind the build stays behind: say so once, without retrying.
              toRetry: (error: unknown) => !(error instanceof ConfigError),
            };
          },
        }),
        DatabaseServerModule,
      ],
      providers: [DatabaseLifecycle, TransactionRunner, DatabaseUnavailableTranslator],
      exports: [TransactionRunner, DatabaseServerModule],
    };
  }
}
