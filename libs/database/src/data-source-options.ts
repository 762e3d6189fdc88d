import { Logger } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { DatabaseLogger, SLOW_QUERY_MS } from './typeorm-logger.js';
import { boundedClient } from './bounded-client.js';

export interface ConnectionSettings {
  url: string;
  poolSize: number;
  migrationsRun: boolean;
  applicationName?: string;
  connectTimeoutMs: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  /** Every feature's entities and its migrations in one history (FeatureCatalog). */
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

/** The one place PostgreSQL connection options are decided, shared by the app, the CLI and tests. */
export function postgresOptions(settings: ConnectionSettings): DataSourceOptions {
  const logger = new Logger('Database');
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsRun: settings.migrationsRun,
    migrationsTransactionMode: 'each',
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; migrations own the schema, extensions included.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error', 'warn', 'migration'],
    logger: new DatabaseLogger(),
    maxQueryExecutionTime: SLOW_QUERY_MS,
    // An idle client losing its server (restart, failover, shutdown) emits 'error'; log it, don't crash.
    poolErrorHandler: (error: unknown) => logger.warn(`Idle database connection failed: ${String(error)}`),
    extra: {
      max: settings.poolSize,
      application_name: settings.applicationName ?? 'groundwork',
      // pg-pool's bound on waiting for a connection (queue plus connect); the client bounds connect and queries.
      connectionTimeoutMillis: settings.acquireTimeoutMs,
      Client: boundedClient(settings),
    },
  };
}
