import { Injectable } from '@nestjs/common';
import type { Principal } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { ProblemException } from '@groundwork/http';
import { MailService } from '@groundwork/mail';
import { PasswordHasher, UsersService } from '@groundwork/users';
import { AuditLog } from './audit/audit-log.service.js';
import { invalidLink, wrongCurrentPassword } from './auth.errors.js';
import { BackgroundWork } from './background-work.js';
import type { PasswordChangeDto, PasswordForgotDto, PasswordResetDto } from './dto/password.dto.js';
import { OneTimeTokensService } from './one-time-tokens/one-time-tokens.service.js';
import type { ClientInfo } from './sessions/client-info.js';
import { SessionsService } from './sessions/sessions.service.js';

/** Changing a known password, and resetting a forgotten one through a mailed link. */
@Injectable()
export class PasswordService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly tokens: OneTimeTokensService,
    private readonly mail: MailService,
    private readonly background: BackgroundWork,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Needs the current password; ends every other session, the caller's stays. */
  async change(principal: Principal, dto: PasswordChangeDto, client: ClientInfo): Promise<void> {
    const fields = {
      userId: principal.userId,
      sessionId: principal.sessionId,
      ip: client.ip,
    };
    const user = await this.users.getAuthUserById(principal.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, dto.currentPassword))) {
      this.audit.warn('auth.password.change-failed', { ...fields, reason: 'wrong-current-password' });
      throw wrongCurrentPassword();
    }
    await this.users.setPassword(user.id, dto.newPassword);
    const ended = await this.sessions.revokeAllForUser(user.id, 'password-changed', principal.sessionId);
    this.audit.record('auth.password.changed', { ...fields, sessions: ended });
  }

  /**
   * Answers at once and the same way whether or not an account uses the address; the lookup and
   * the mail happen afterwards, so timing doesn't tell either.
   */
  forgot(dto: PasswordForgotDto, client: ClientInfo): void {
    this.background.run('password reset mail', () => this.sendResetLink(dto.email, client));
  }

  /** Sets the new password and ends every session: whoever knew the old one is signed out. */
  async reset(dto: PasswordResetDto, client: ClientInfo): Promise<void> {
    const userId = await this.tokens.consume('password-reset', dto.token, async (id) => {
      try {
        await this.users.setPassword(id, dto.newPassword);
      } catch (error) {
        // The account was deleted after the mail went out.
        if (error instanceof ProblemException && error.getStatus() === 404) {
          throw invalidLink();
        }
        throw error;
      }
    });
    const ended = await this.sessions.revokeAllForUser(userId, 'password-reset');
    this.audit.record('auth.password.reset', { userId, sessions: ended, ip: client.ip });
  }

  private async sendResetLink(email: string, client: ClientInfo): Promise<void> {
    const user = await this.users.getAuthUserByEmail(email);
    if (!user) {
      return;
    }
    const token = await this.tokens.issue(user.id, 'password-reset', this.config.mail.passwordResetTtlSeconds);
    await this.mail.sendPasswordReset(user.email, user.name, token);
    this.audit.record('auth.password.reset-requested', { userId: user.id, ip: client.ip });
  }
}
