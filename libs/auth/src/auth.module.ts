import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@groundwork/audit';
import { Feature } from '@groundwork/feature';
import { MailModule } from '@groundwork/mail';
import { UsersModule } from '@groundwork/users';
import { AuditLog } from './audit/audit-log.service.js';
import { AuthMetrics } from './auth.metrics.js';
import { AUTH_FEATURE } from './auth.feature.js';
import { AuthService } from './auth.service.js';
import { AuthController } from './controllers/auth.controller.js';
import { EmailController } from './controllers/email.controller.js';
import { PasswordController } from './controllers/password.controller.js';
import { SessionsController } from './controllers/sessions.controller.js';
import { EmailVerificationService } from './email-verification.service.js';
import { MailEventsListener } from './events/mail-events.listener.js';
import { RateLimitListener } from './events/rate-limit.listener.js';
import { UserEventsListener } from './events/user-events.listener.js';
import { AccessGuard } from './guards/access.guard.js';
import { JwtStrategy } from './guards/jwt.strategy.js';
import { OneTimeTokensRepository } from './one-time-tokens/one-time-tokens.repository.js';
import { OneTimeTokensService } from './one-time-tokens/one-time-tokens.service.js';
import { PasswordResetRequestHandler } from './password-reset/password-reset-request.handler.js';
import { PasswordService } from './password.service.js';
import { SessionLiveness } from './sessions/session-liveness.service.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { SessionsService } from './sessions/sessions.service.js';
import { AuthMaintenance } from './maintenance/auth-maintenance.service.js';
import { AccessTokenService } from './tokens/access-token.service.js';

/**
 * Sign-up, sign-in, sessions and tokens, password and email flows, and the global guard for
 * authentication and roles (it runs after the platform's rate limits, see ThrottlingModule).
 */
@Feature(AUTH_FEATURE)
@Module({
  imports: [TypeOrmModule.forFeature(AUTH_FEATURE.entities), UsersModule, MailModule, AuditModule],
  controllers: [AuthController, SessionsController, PasswordController, EmailController],
  providers: [
    AccessTokenService,
    JwtStrategy,
    SessionLiveness,
    SessionsRepository,
    SessionsService,
    OneTimeTokensRepository,
    OneTimeTokensService,
    AuthService,
    PasswordService,
    EmailVerificationService,
    UserEventsListener,
    PasswordResetRequestHandler,
    MailEventsListener,
    AuditLog,
    AuthMaintenance,
    AuthMetrics,
    RateLimitListener,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, AuditLog, AuthMaintenance],
})
export class AuthModule {}
