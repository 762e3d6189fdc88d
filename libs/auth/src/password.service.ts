import { Injectable } from '@nestjs/common';
import type { Principal } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { TransactionRunner } from '@groundwork/database';
import { JobQueue } from '@groundwork/jobs';
import { OutgoingMail } from '@groundwork/mail';
import { PasswordHasher, UsersService } from '@groundwork/users';
import { AuditLog } from './audit/audit-log.service.js';
import { invalidLink, wrongCurrentPassword } from './auth.errors.js';
import type { PasswordChangeDto, PasswordForgotDto, PasswordResetDto } from './dto/password.dto.js';
import { OneTimeTokensService } from './one-time-tokens/one-time-tokens.service.js';
import { PasswordResetRequestJob } from './password-reset/password-reset-request.job.js';
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
    private readonly mail: OutgoingMail,
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Needs the current password; ends every other session, the caller's stays. A compare-and-swap
   * on the credentials version read with the hash: of concurrent changes made with the same
   * current password only the first succeeds, the others find it no longer current.
   */
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
    const passwordHash = await this.users.hashNewPassword(dto.newPassword, user.email);
    const ended = await this.transactions.run(async (tx) => {
      if (!(await this.users.replacePassword(user.id, passwordHash, user.credentialsVersion, tx))) {
        return null;
      }
      return this.sessions.revokeAllForUser(user.id, 'password-changed', { exceptSessionId: principal.sessionId, tx });
    });
    if (ended === null) {
      this.audit.warn('auth.password.change-failed', { ...fields, reason: 'changed-meanwhile' });
      throw wrongCurrentPassword();
    }
    this.audit.record('auth.password.changed', { ...fields, sessions: ended });
  }

  /**
   * Answers at once and the same way whether or not an account uses the address: the request is
   * queued (one insert either way), and the lookup and the mail happen in its job.
   */
  async forgot(dto: PasswordForgotDto, client: ClientInfo): Promise<void> {
    await this.jobs.enqueue(PasswordResetRequestJob, { email: dto.email, ip: client.ip ?? undefined });
  }

  /**
   * Sets the new password and ends every session, with the token used up, in one transaction:
   * whoever knew the old password is signed out, and a refused password keeps the link working.
   */
  async reset(dto: PasswordResetDto, client: ClientInfo): Promise<void> {
    const user = await this.users.getAuthUserById(await this.tokens.userOf('password-reset', dto.token));
    if (!user) {
      // The account was deleted after the mail went out.
      throw invalidLink();
    }
    const passwordHash = await this.users.hashNewPassword(dto.newPassword, user.email);
    const { userId, result: ended } = await this.tokens.consume('password-reset', dto.token, async (id, tx) => {
      if (id !== user.id || !(await this.users.replacePassword(id, passwordHash, undefined, tx))) {
        throw invalidLink();
      }
      return this.sessions.revokeAllForUser(id, 'password-reset', { tx });
    });
    this.audit.record('auth.password.reset', { userId, sessions: ended, ip: client.ip });
  }

  /** The reset request's job: a token and its mail in one transaction, when an account uses the address. */
  async sendResetLink(email: string, client: ClientInfo): Promise<void> {
    const user = await this.users.getAuthUserByEmail(email);
    if (!user) {
      return;
    }
    await this.transactions.run(async (tx) => {
      const token = await this.tokens.issue(user.id, 'password-reset', this.config.mail.passwordResetTtlSeconds, tx);
      await this.mail.passwordReset(tx, user.email, user.name, token, user.id);
    });
    this.audit.record('auth.password.reset-requested', { userId: user.id, ip: client.ip });
  }
}
