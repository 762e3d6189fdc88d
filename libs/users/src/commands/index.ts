import { Module } from '@nestjs/common';
import { UsersModule } from '../users.module.js';
import { CreateAdminCommand } from './create-admin.command.js';
import { SeedCommand } from './seed.command.js';

/** The users lib's operator commands, for apps/cli. */
@Module({ imports: [UsersModule], providers: [CreateAdminCommand, SeedCommand] })
export class UsersCommandsModule {}
