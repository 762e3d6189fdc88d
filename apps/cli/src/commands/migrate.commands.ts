import { Logger } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { DataSource } from 'typeorm';

const logger = new Logger('Migrations');

@Command({ name: 'migrate', description: 'Apply pending migrations' })
export class MigrateCommand extends CommandRunner {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async run(): Promise<void> {
    const applied = await this.dataSource.runMigrations({
      transaction: 'each',
    });
    logger.log(
      applied.length === 0
        ? 'Nothing to apply: the schema is up to date'
        : `Applied ${applied.map((m) => m.name).join(', ')}`,
    );
  }
}

@Command({
  name: 'migrate:status',
  description: 'List migrations and whether each is applied',
})
export class MigrateStatusCommand extends CommandRunner {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async run(): Promise<void> {
    const executed = new Set<string>();
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    const runner = this.dataSource.createQueryRunner();
    try {
      if (await runner.hasTable(table)) {
        const rows = (await runner.query(`SELECT name FROM "${table}"`)) as { name: string }[];
        for (const row of rows) {
          executed.add(row.name);
        }
      }
    } finally {
      // A query runner holds a pooled connection until released.
      await runner.release();
    }
    const names = this.dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    for (const name of names) {
      process.stdout.write(`${executed.has(name) ? 'applied ' : 'pending '} ${name}\n`);
    }
    const pending = names.filter((name) => !executed.has(name)).length;
    process.stdout.write(`${names.length - pending} applied, ${pending} pending\n`);
  }
}

@Command({
  name: 'migrate:revert',
  description: 'Revert the most recently applied migration',
})
export class MigrateRevertCommand extends CommandRunner {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async run(): Promise<void> {
    await this.dataSource.undoLastMigration({ transaction: 'each' });
    logger.log('Reverted the last migration');
  }
}
