import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Feature } from '@groundwork/feature';
import { AuditModule } from '@groundwork/audit';
import { MeController } from './me.controller.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { USERS_FEATURE } from './users.feature.js';
import { UsersService } from './users.service.js';

/** The user aggregate; USERS_FEATURE declares its tables, migrations and OpenAPI tag. */
@Feature(USERS_FEATURE)
@Module({
  imports: [TypeOrmModule.forFeature(USERS_FEATURE.entities), AuditModule],
  controllers: [MeController, UsersController],
  providers: [UsersRepository, UsersService, PasswordHasher],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
