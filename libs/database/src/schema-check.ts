import { ConfigError } from '@groundwork/config';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { appliedMigrations, knownMigrations } from './backup/migrations-up-to.js';

/** The migrations this build has that the database has not applied, in the order they apply. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const applied = new Set(await appliedMigrations(runner, dataSource.options.migrationsTableName ?? 'migrations'));
    return knownMigrations(dataSource).filter((name) => !applied.has(name));
  } finally {
    await runner.release();
  }
}

/**
 * Opens the data source, and for an app that serves (the API, the worker) and may not migrate at
 * start (production), refuses a database behind the build in one line that says what to run,
 * before anything else starts: otherwise every request touching a new table or column would fail.
 * The CLI opens it without the check: its `migrate` is how the schema catches up.
 */
export function openDataSource(requireCurrentSchema: boolean): (options?: DataSourceOptions) => Promise<DataSource> {
  return async (options) => {
    if (options === undefined) {
      throw new Error('The data source has no options');
    }
    const dataSource = await new DataSource(options).initialize();
    if (!requireCurrentSchema || options.migrationsRun === true) {
      return dataSource;
    }
    const pending = await pendingMigrations(dataSource);
    if (pending.length > 0) {
      await dataSource.destroy();
      throw new ConfigError([
        `the database schema is behind this build: ${pending.length} migration(s) not applied (first: ${pending[0]}); run \`npm run cli -- migrate\` before starting`,
      ]);
    }
    return dataSource;
  };
}
