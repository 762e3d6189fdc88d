import { Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AppConfigModule } from '@groundwork/config';
import { DatabaseModule } from '@groundwork/database';
import { UsersModule } from '@groundwork/users';
import { CreateAdminCommand } from './commands/create-admin.command.js';
import { MigrateCommand, MigrateRevertCommand, MigrateStatusCommand } from './commands/migrate.commands.js';
import { OpenApiCommand } from './commands/openapi.command.js';
import { SeedCommand } from './commands/seed.command.js';

/**
 * Operator commands: thin wrappers over the libs' services. They live here so the API never
 * loads the command framework.
 */
@Module({
  imports: [
    AppConfigModule.forRoot({ overrides: { DATABASE_MIGRATE_ON_START: 'false' } }),
    DatabaseModule.forRoot(),
    EventEmitterModule.forRoot(),
    UsersModule,
  ],
  providers: [
    MigrateCommand,
    MigrateStatusCommand,
    MigrateRevertCommand,
    OpenApiCommand,
    CreateAdminCommand,
    SeedCommand,
  ],
})
export class CliModule {}

/** `openapi` builds the API's module graph in preview mode: no configuration, no database. */
@Module({ providers: [OpenApiCommand] })
export class OpenApiCliModule {}
