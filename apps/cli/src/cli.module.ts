import { Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AppConfigModule } from '@groundwork/config';
import { DatabaseModule } from '@groundwork/database';
import { featureOf } from '@groundwork/feature';
import { RedisModule } from '@groundwork/redis';
import { FEATURES } from '../../api/src/index.js';
import { CreateAdminCommand } from './commands/create-admin.command.js';
import { MigrateCommand, MigrateRevertCommand, MigrateStatusCommand } from './commands/migrate.commands.js';
import { OpenApiCommand } from './commands/openapi.command.js';
import { SeedCommand } from './commands/seed.command.js';

/** Commands the features declare; they run beside the feature modules whose services they use. */
const featureCommands = FEATURES.flatMap((module) => featureOf(module)?.commands ?? []);

/**
 * Operator commands: thin wrappers over the libs' services. They live here so the API never
 * loads the command framework. The CLI imports the API's feature modules, so `migrate` applies
 * exactly the history the API expects.
 */
@Module({
  imports: [
    AppConfigModule.forRoot({ overrides: { DATABASE_MIGRATE_ON_START: 'false' } }),
    DatabaseModule.forRoot(),
    RedisModule,
    EventEmitterModule.forRoot(),
    ...FEATURES,
  ],
  providers: [
    MigrateCommand,
    MigrateStatusCommand,
    MigrateRevertCommand,
    OpenApiCommand,
    CreateAdminCommand,
    SeedCommand,
    ...featureCommands,
  ],
})
export class CliModule {}

/** `openapi` builds the API's module graph in preview mode: no configuration, no database. */
@Module({ providers: [OpenApiCommand] })
export class OpenApiCliModule {}
