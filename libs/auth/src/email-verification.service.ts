import { Injectable } from '@nestjs/common';
import type { Principal } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { type Transaction, TransactionRunner } from '@groundwork/database';
import { OutgoingMail } from '@groundwork/mail';
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
    private readonly mail: OutgoingMail,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Issues a fresh link in `tx` (earlier unused links stop working); it is mailed once `tx` commits. */
  async send(user: { id: string; email: string; name: string }, tx: Transaction): Promise<void> {
    const token = await this.tokens.issue(user.id, 'email-verify', this.config.mail.emailVerifyTtlSeconds, tx);
    await this.mail.emailVerification(tx, user.email, user.name, token, user.id);
  }

  async verify(dto: EmailVerifyDto, client: ClientInfo): Promise<void> {
    const { userId } = await this.tokens.consume('email-verify', dto.token, (id, tx) =>
      this.users.markEmailVerified(id, tx),
    );
    this.audit.record('auth.email.verified', { userId, ip: client.ip });
  }

  /** Nothing is sent when the address is already verified. */
  async resend(principal: Principal): Promise<void> {
    const user = await this.users.getAuthUserById(principal.userId);
    if (!user || user.emailVerified) {
      return;
    }
    await this.transactions.run((tx) => this.send(user, tx));
  }
}
