import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { databaseOutageLog, isDatabaseUnavailable } from './database-unavailable.js';

/** Statements slower than this are logged (without their parameters). */
export const SLOW_QUERY_MS = 500;

const firstLine = (sql: string): string => sql.replace(/\s+/g, ' ').slice(0, 300);

/**
 * TypeORM's own loggers print to the console with the query's parameters, which can be password
 * hashes and emails. This one goes through the app's logger and never includes parameters.
 */
export class DatabaseLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    // Every statement would be noise; failures and slow ones are logged below.
  }

  logQueryError(error: string | Error, query: string): void {
    const message = typeof error === 'string' ? error : error.message;
    if (isDatabaseUnavailable(error)) {
      // An outage fails every query: one line per interval, said once by the outage log.
      databaseOutageLog.warn(`Database unavailable: ${message}`, { event: 'database.unavailable' });
      return;
    }
    this.logger.error({ event: 'query.failed', query: firstLine(query) }, `Query failed: ${message}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ event: 'query.slow', durationMs: time, query: firstLine(query) }, `Slow query: ${time} ms`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    if (level === 'warn') {
      this.logger.warn(text);
    } else {
      this.logger.log(text);
    }
  }
}
