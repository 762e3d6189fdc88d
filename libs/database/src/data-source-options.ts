import { Logger } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';
import { DatabaseLogger, SLOW_QUERY_MS } from './typeorm-logger.js';

export interface ConnectionSettings {
  url: string;
  poolSize: number;
  migrationsRun: boolean;
  applicationName?: string;
}

/** The one place PostgreSQL connection options are decided, shared by the app, the CLI and tests. */
export function postgresOptions(settings: ConnectionSettings): DataSourceOptions {
  const logger = new Logger('Database');
  return {
    type: 'postgres',
    url: settings.url,
    migrations,
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
      connectionTimeoutMillis: 5_000,
      // A statement stuck for this long is a bug or an outage; fail the request instead of hanging.
      statement_timeout: 30_000,
    },
  };
}
