import { Module } from '@nestjs/common';
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

/** Commands the features declare; they run beside the feature modules whose services they use. */
const featureCommands = FEATURES.flatMap((module) => featureOf(module)?.commands ?? []);

/**
 * Operator commands: thin wrappers over the libs' services. They live here so the API never
 * loads the command framework. The CLI runs the API's features on the same platform (minus HTTP),
 * so `migrate` applies exactly the history the API expects.
 */
@Module({
  imports: [
    // A command never migrates by surprise, and never opens the API's metrics listener.
    AppConfigModule.forRoot({
      overrides: { DATABASE_MIGRATE_ON_START: 'false', METRICS_PORT: undefined, METRICS_TOKEN: undefined },
    }),
    // Enqueues only, and starts the job engine on first use: `migrate` must work on an empty database.
    ...platformModules('client'),
    ...FEATURES,
  ],
  providers: [
    MigrateCommand,
    MigrateStatusCommand,
    MigrateRevertCommand,
    MigrationGenerateCommand,
    OpenApiCommand,
    CreateAdminCommand,
    SeedCommand,
    BackupService,
    RestoreService,
    BackupCommand,
    RestoreCommand,
    BackupVerifyCommand,
    JobsStatusCommand,
    JobsRetryCommand,
    JobsPurgeCommand,
    ...featureCommands,
  ],
})
export class CliModule {}

/**
 * Commands that need no database: `openapi` builds the API's module graph in preview mode (no
 * configuration either); `backup:verify` reads a file.
 */
@Module({ providers: [OpenApiCommand, BackupVerifyCommand] })
export class OpenApiCliModule {}
