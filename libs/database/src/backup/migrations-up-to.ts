import { type DataSource, type Migration, MigrationExecutor, type QueryRunner } from 'typeorm';

/**
 * Applies the migrations up to and including `head` on the caller's query runner, inside the
 * caller's transaction, so a failed restore leaves no half-migrated schema behind.
 */
class MigrationsUpTo extends MigrationExecutor {
  constructor(
    dataSource: DataSource,
    queryRunner: QueryRunner,
    private readonly head: string,
  ) {
    super(dataSource, queryRunner);
    this.transaction = 'none';
  }

  protected override getMigrations(): Migration[] {
    const all = super.getMigrations();
    return all.slice(0, all.findIndex((migration) => migration.name === this.head) + 1);
  }
}

export function migrateUpTo(dataSource: DataSource, runner: QueryRunner, head: string): Promise<Migration[]> {
  return new MigrationsUpTo(dataSource, runner, head).executePendingMigrations();
}

/** The migration names this build knows, in the order they apply. */
export function knownMigrations(dataSource: DataSource): string[] {
  return dataSource.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .sort((a, b) => Number(a.slice(-13)) - Number(b.slice(-13)));
}

/** Applied migration names, oldest first; empty when the bookkeeping table does not exist yet. */
export async function appliedMigrations(runner: QueryRunner, table: string): Promise<string[]> {
  if (!(await runner.hasTable(table))) {
    return [];
  }
  const rows = (await runner.query(`SELECT name FROM "${table}" ORDER BY id`)) as { name: string }[];
  return rows.map((row) => row.name);
}
