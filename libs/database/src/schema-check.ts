import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, InjectConfig, type AppConfig } from '@groundwork/config';
import { appliedMigrations, knownMigrations } from './backup/migrations-up-to.js';

export const REQUIRE_CURRENT_SCHEMA = Symbol('REQUIRE_CURRENT_SCHEMA');

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
 * An app that serves (the API, the worker) and may not migrate at start (production) refuses to
 * start on a database behind its build, in one line that says what to run: otherwise it would
 * answer every request touching a missing table or column with an error. The CLI skips the check:
 * its `migrate` is how the schema catches up.
 */
@Injectable()
export class SchemaCheck implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(REQUIRE_CURRENT_SCHEMA) private readonly required: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.required || this.config.database.migrateOnStart) {
      return;
    }
    const pending = await pendingMigrations(this.dataSource);
    if (pending.length > 0) {
      throw new ConfigError([
        `the database schema is behind this build: ${pending.length} migration(s) not applied (first: ${pending[0]}); run \`npm run cli -- migrate\` before starting`,
      ]);
    }
  }
}
