import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { AppConfigModule } from '@groundwork/config';
import { BackupService, RestoreService } from '@groundwork/database';
import { featureOf } from '@groundwork/feature';
import { FEATURES, platformModules } from '../../api/src/index.js';
import { BackupCommand, BackupVerifyCommand, RestoreCommand } from './commands/backup.commands.js';
import { CreateAdminCommand } from './commands/create-admin.command.js';
import { JobsPurgeCommand, JobsRetryCommand, JobsStatusCommand } from './commands/jobs.commands.js';
import { MigrateCommand, MigrateRevertCommand, MigrateStatusCommand } from './commands/migrate.commands.js';
import { MigrationGenerateCommand } from './commands/migration-generate.command.js';
import { OpenApiCommand } from './commands/openapi.command.js';
import { SeedCommand } from './commands/seed.command.js';

/** Every command: the CLI's own and those the features declare (they use the feature modules' services). */
export const COMMANDS: Type[] = [
  MigrateCommand,
  MigrateStatusCommand,
  MigrateRevertCommand,
  MigrationGenerateCommand,
  OpenApiCommand,
  CreateAdminCommand,
  SeedCommand,
  BackupCommand,
  RestoreCommand,
  BackupVerifyCommand,
  JobsStatusCommand,
  JobsRetryCommand,
  JobsPurgeCommand,
  ...FEATURES.flatMap((module) => featureOf(module)?.commands ?? []),
];

// nest-commander's metadata key for @Command() (not exported by the package).
const COMMAND_META = 'CommandBuilder:Command:Meta';

/** The names operators type, read from the commands' own @Command() metadata. */
export function commandNames(): Set<string> {
  return new Set(
    // The name may carry arguments ("migration:generate <name>"): the first word is the command.
    COMMANDS.map(
      (command) => (Reflect.getMetadata(COMMAND_META, command) as { name: string }).name.split(' ')[0] ?? '',
    ),
  );
}

/**
 * Operator commands: thin wrappers over the libs' services. They live here so the API never
 * loads the command framework. The CLI runs the API's features on the same platform (minus HTTP),
 * so `migrate` applies exactly the history the API expects. A function, so the configuration is
 * read (and the database started) only when a command is actually run.
 */
export function cliModule(): DynamicModule {
  return {
    module: CliModule,
    imports: [
      // A command never migrates by surprise, never opens the API's metrics listener, and signs no token.
      AppConfigModule.forRoot({
        overrides: { DATABASE_MIGRATE_ON_START: 'false', METRICS_PORT: undefined, METRICS_TOKEN: undefined },
        signsTokens: false,
      }),
      // Enqueues only, and starts the job engine on first use: `migrate` must work on an empty database.
      ...platformModules('client'),
      ...FEATURES,
    ],
    providers: [BackupService, RestoreService, ...COMMANDS],
  };
}

@Module({})
export class CliModule {}

/**
 * Commands that need no database: `openapi` builds the API's module graph in preview mode (no
 * configuration either); `backup:verify` reads a file.
 */
@Module({ providers: [OpenApiCommand, BackupVerifyCommand] })
export class OpenApiCliModule {}

/**
 * For --help and mistyped commands: every command, so commander lists them all, with what their
 * constructors ask for replaced by empty stand-ins. Nothing runs, so no configuration is read and
 * no database is started.
 */
export function helpModule(): DynamicModule {
  const standIns = new Map<unknown, Provider>();
  for (const command of COMMANDS) {
    const types = (Reflect.getMetadata('design:paramtypes', command) ?? []) as unknown[];
    const declared = (Reflect.getMetadata('self:paramtypes', command) ?? []) as { index: number; param: unknown }[];
    types.forEach((type, index) => {
      const token = declared.find((d) => d.index === index)?.param ?? type;
      standIns.set(token, { provide: token as string, useValue: {} });
    });
  }
  return { module: CliModule, providers: [...standIns.values(), ...COMMANDS] };
}
