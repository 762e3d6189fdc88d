import { Logger } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';
import { type AppConfig, InjectConfig } from '@groundwork/config';
import { planRevert, revertLast, type RevertPlan } from '@groundwork/database';
import { confirmDestructive } from '../confirm.js';
import { JOBS_SCHEMA, JobsEngine } from '@groundwork/jobs';

const logger = new Logger('Migrations');

@Command({ name: 'migrate', description: "Apply pending migrations, then install or upgrade the job queue's schema" })
export class MigrateCommand extends CommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsEngine,
  ) {
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
    // pg-boss keeps its own versioned migrations in its own schema; they run here, never at an API's start.
    await this.jobs.migrateSchema();
    logger.log(`Job queue schema "${JOBS_SCHEMA}" is up to date`);
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
  description: 'Revert the most recently applied migration (asks first; --yes without a terminal)',
})
export class MigrateRevertCommand extends CommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    super();
  }

  async run(_args: string[], options: { yes?: boolean }): Promise<void> {
    const plan = await planRevert(this.dataSource);
    if (!plan) {
      logger.log('Nothing to revert: no migration is applied');
      return;
    }
    await confirmDestructive({
      action: `revert migration ${plan.migration}`,
      effects: describeRevert(plan),
      yes: options.yes === true,
      production: this.config.env === 'production',
    });
    await revertLast(this.dataSource, plan.migration);
    logger.log(`Reverted ${plan.migration}`);
  }

  @Option({ flags: '-y, --yes', description: 'Do not ask (required without a terminal and in production)' })
  parseYes(): boolean {
    return true;
  }
}

function describeRevert(plan: RevertPlan): string[] {
  const effects = [
    ...plan.droppedTables.map(({ name, rows }) => `drops table ${name} and its ${rows} ${rows === 1 ? 'row' : 'rows'}`),
    ...plan.droppedColumns.map((column) => `drops column ${column}`),
  ];
  return effects.length > 0 ? effects : ['drops no table or column (other schema changes only)'];
}
