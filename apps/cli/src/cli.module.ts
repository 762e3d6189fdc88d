import { Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AppConfigModule } from '@groundwork/config';
import { DatabaseModule, migrationCommands } from '@groundwork/database';
import { UsersCommandsModule } from '@groundwork/users';
import { OpenApiCommand } from './openapi.command.js';

/** Operator commands; each lib contributes the commands for what it owns. */
@Module({
  imports: [
    AppConfigModule.forRoot({ overrides: { DATABASE_MIGRATE_ON_START: 'false' } }),
    DatabaseModule.forRoot(),
    EventEmitterModule.forRoot(),
    UsersCommandsModule,
  ],
  providers: [...migrationCommands, OpenApiCommand],
})
export class CliModule {}
