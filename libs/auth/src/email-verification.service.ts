import { Injectable } from '@nestjs/common';
import type { Principal } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { MailService } from '@groundwork/mail';
import { UsersService } from '@groundwork/users';
import { AuditLog } from './audit/audit-log.service.js';
import type { EmailVerifyDto } from './dto/email.dto.js';
import { OneTimeTokensService } from './one-time-tokens/one-time-tokens.service.js';
import type { ClientInfo } from './sessions/client-info.js';

/** Proving a user owns their email address, through a mailed single-use link. */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: OneTimeTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Mails a fresh link; earlier unused links stop working. */
  async send(user: { id: string; email: string; name: string }): Promise<void> {
    const token = await this.tokens.issue(user.id, 'email-verify', this.config.mail.emailVerifyTtlSeconds);
    await this.mail.sendEmailVerification(user.email, user.name, token);
  }

  async verify(dto: EmailVerifyDto, client: ClientInfo): Promise<void> {
    const userId = await this.tokens.consume('email-verify', dto.token, (id) => this.users.markEmailVerified(id));
    this.audit.record('auth.email.verified', { userId, ip: client.ip });
  }

  /** Nothing is sent when the address is already verified. */
  async resend(principal: Principal): Promise<void> {
    const user = await this.users.getAuthUserById(principal.userId);
    if (!user || user.emailVerified) {
      return;
    }
    await this.send(user);
  }
}
