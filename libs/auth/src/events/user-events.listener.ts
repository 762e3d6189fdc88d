import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionRunner } from '@groundwork/database';
import { OutgoingMail } from '@groundwork/mail';
import {
  type UserDeletedEvent,
  type UserEmailChangedEvent,
  UserEvents,
  type UserPasswordReplacedEvent,
  type UserRoleChangedEvent,
} from '@groundwork/users';
import { AuditLog } from '../audit/audit-log.service.js';
import { EmailVerificationService } from '../email-verification.service.js';
import { SessionsService } from '../sessions/sessions.service.js';

/** Listeners run inside the change's transaction: a failure here must roll the change back. */
const IN_TRANSACTION = { suppressErrors: false } as const;

/**
 * Account changes with consequences for auth, applied in the transaction that makes the change
 * (the users lib emits them inside it): a deleted or demoted user's sessions end, a new email gets
 * a verification link and the old one a notice. Cache invalidation and mail follow the commit.
 * Password changes are handled by the flows that make them (change keeps the caller's session);
 * an operator's (create-admin --password) ends every session, as a reset does.
 */
@Injectable()
export class UserEventsListener {
  constructor(
    private readonly sessions: SessionsService,
    private readonly emailVerification: EmailVerificationService,
    private readonly mail: OutgoingMail,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  @OnEvent(UserEvents.Deleted, IN_TRANSACTION)
  async onUserDeleted({ userId, tx }: UserDeletedEvent): Promise<void> {
    const ended = await this.sessions.revokeAllForUser(userId, 'user-deleted', { tx });
    this.transactions.afterCommit(tx, () =>
      this.audit.record('auth.sessions.revoked', { userId, reason: 'user-deleted', sessions: ended }),
    );
  }

  /** Tokens carry the role: rather than let old ones act with it, the user signs in again. */
  @OnEvent(UserEvents.RoleChanged, IN_TRANSACTION)
  async onRoleChanged({ userId, by, from, to, tx }: UserRoleChangedEvent): Promise<void> {
    const ended = await this.sessions.revokeAllForUser(userId, 'role-changed', { tx });
    this.transactions.afterCommit(tx, () =>
      this.audit.record('user.role-changed', { userId, by, reason: `${from}->${to}`, sessions: ended }),
    );
  }

  @OnEvent(UserEvents.PasswordReplaced, IN_TRANSACTION)
  async onPasswordReplaced({ userId, by, tx }: UserPasswordReplacedEvent): Promise<void> {
    const ended = await this.sessions.revokeAllForUser(userId, 'password-reset', { tx });
    this.transactions.afterCommit(tx, () =>
      this.audit.record('auth.sessions.revoked', { userId, by, reason: 'password-reset', sessions: ended }),
    );
  }

  @OnEvent(UserEvents.EmailChanged, IN_TRANSACTION)
  async onEmailChanged({ userId, name, from, to, tx }: UserEmailChangedEvent): Promise<void> {
    await this.emailVerification.send({ id: userId, email: to, name }, tx);
    await this.mail.emailChanged(tx, from, name, to);
  }
}
