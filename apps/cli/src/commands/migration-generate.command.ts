import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Logger } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';

const logger = new Logger('Migrations');

interface Query {
  query: string;
  parameters?: unknown[];
}

const statement = (query: Query): string =>
  `    await queryRunner.query(${JSON.stringify(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;

@Command({
  name: 'migration:generate',
  arguments: '<name>',
  description: 'Write a migration from the difference between the entities and the migrated schema',
})
export class MigrationGenerateCommand extends CommandRunner {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async run([name]: string[], options: { lib?: string }): Promise<void> {
    if (name === undefined || !/^[A-Z][A-Za-z0-9]{0,60}$/.test(name)) {
      throw new Error('The name is PascalCase, e.g. AddProjectsArchivedAt');
    }
    if (options.lib === undefined || !existsSync(join('libs', options.lib, 'src'))) {
      throw new Error('--lib names the lib that owns the change (libs/<lib>/src must exist)');
    }
    // TypeORM compares the entities with the database: migrate first, so only the new change remains.
    const sql = await this.dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      logger.log('The schema matches the entities: nothing to generate');
      return;
    }
    const className = `${name}${Date.now()}`;
    const dir = join('libs', options.lib, 'src', 'migrations');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${className.slice(name.length)}-${name}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries].reverse().map(statement).join('\n')}
  }
}
`,
    );
    logger.log(
      `Wrote ${relative(process.cwd(), file)}: review it, run prettier on it, and add ${className} to the migrations of libs/${options.lib}'s defineFeature()`,
    );
  }

  @Option({ flags: '--lib <lib>', description: 'The lib the migration belongs to', required: true })
  parseLib(value: string): string {
    return value;
  }
}
