import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@groundwork/database';
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
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly metrics: AuthMetrics,
  ) {}

  /** The account, its first session and its verification link commit together; the mail goes after. */
  async register(dto: AuthRegisterDto, client: ClientInfo): Promise<AuthResponseDto> {
    await this.users.assertEmailFree(dto.email);
    const passwordHash = await this.users.hashNewPassword(dto.password, dto.email);
    const { user, sessionId, pair } = await this.transactions.run(async (tx) => {
      const created = await this.users.register({ email: dto.email, name: dto.name, passwordHash }, tx);
      const opened = await this.sessions.start(created, client, tx);
      await this.emailVerification.send(created, tx);
      return { user: created, ...opened };
    });
    this.audit.record('auth.registered', { userId: user.id, sessionId, ip: client.ip });
    return mapAuthResponse(user, pair);
  }

  /**
   * Unknown email and wrong password cost the same (one argon2 verification) and answer the same.
   * The session opens only if the password verified is still the user's when it does (see
   * UsersService.confirmCredentials): a change or reset committed meanwhile refuses the sign-in.
   */
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
    const strongerHash = await this.users.strongerHash(user, dto.password);
    const opened = await this.transactions.run(async (tx) =>
      (await this.users.confirmCredentials(user, tx, strongerHash)) ? this.sessions.start(user, client, tx) : null,
    );
    if (!opened) {
      this.audit.warn('auth.sign-in.failed', { userId: user.id, reason: 'password-changed', ip: client.ip });
      this.metrics.signIns.inc({ outcome: 'failed' });
      throw invalidCredentials();
    }
    const profile = await this.users.getUser(user.id);
    this.metrics.signIns.inc({ outcome: 'ok' });
    this.audit.record('auth.sign-in.succeeded', {
      userId: user.id,
      sessionId: opened.sessionId,
      ip: client.ip,
    });
    return mapAuthResponse(profile, opened.pair);
  }
}
