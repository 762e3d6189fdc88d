import { Injectable } from '@nestjs/common';
import { PasswordHasher, UsersService } from '@groundwork/users';
import { AuditLog } from './audit/audit-log.service.js';
import { invalidCredentials } from './auth.errors.js';
import { AuthMetrics } from './auth.metrics.js';
import { type AuthLoginDto, type AuthRegisterDto, type AuthResponseDto, mapAuthResponse } from './dto/auth.dto.js';
import { EmailVerificationService } from './email-verification.service.js';
import type { ClientInfo } from './sessions/client-info.js';
import { SessionsService } from './sessions/sessions.service.js';

/** Signing up and signing in. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly emailVerification: EmailVerificationService,
    private readonly audit: AuditLog,
    private readonly metrics: AuthMetrics,
  ) {}

  async register(dto: AuthRegisterDto, client: ClientInfo): Promise<AuthResponseDto> {
    const user = await this.users.register({ email: dto.email, password: dto.password, name: dto.name });
    const { sessionId, pair } = await this.sessions.start(user, client);
    await this.emailVerification.send(user);
    this.audit.record('auth.registered', { userId: user.id, sessionId, ip: client.ip });
    return mapAuthResponse(user, pair);
  }

  /** Unknown email and wrong password cost the same (one argon2 verification) and answer the same. */
  async login(dto: AuthLoginDto, client: ClientInfo): Promise<AuthResponseDto> {
    const user = await this.users.getAuthUserByEmail(dto.email);
    if (!user) {
      await this.hasher.verifyDummy(dto.password);
      this.audit.warn('auth.sign-in.failed', { reason: 'unknown-email', ip: client.ip });
      this.metrics.signIns.inc({ outcome: 'failed' });
      throw invalidCredentials();
    }
    if (!(await this.hasher.verify(user.passwordHash, dto.password))) {
      this.audit.warn('auth.sign-in.failed', {
        userId: user.id,
        reason: 'wrong-password',
        ip: client.ip,
      });
      this.metrics.signIns.inc({ outcome: 'failed' });
      throw invalidCredentials();
    }
    await this.users.rehashIfNeeded(user, dto.password);
    const [{ sessionId, pair }, profile] = await Promise.all([
      this.sessions.start(user, client),
      this.users.getUser(user.id),
    ]);
    this.metrics.signIns.inc({ outcome: 'ok' });
    this.audit.record('auth.sign-in.succeeded', {
      userId: user.id,
      sessionId,
      ip: client.ip,
    });
    return mapAuthResponse(profile, pair);
  }
}
