import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { AuditTrail } from '@groundwork/audit';
import { TransactionRunner } from '@groundwork/database';
import { type MailDeadLetteredEvent, MailEvents } from '@groundwork/mail';
import { AuditLog } from '../audit/audit-log.service.js';

/**
 * An account mail that was never delivered (its link never arrived) is a security-relevant event:
 * a warning line at once, and a row in the durable audit trail (`audit_events`) on the user it was
 * for, where an operator looking into that account finds it.
 */
@Injectable()
export class MailEventsListener {
  constructor(
    private readonly audit: AuditLog,
    private readonly trail: AuditTrail,
    private readonly transactions: TransactionRunner,
  ) {}

  @OnEvent(MailEvents.DeadLettered)
  async onDeadLettered(event: MailDeadLetteredEvent): Promise<void> {
    this.audit.warn('mail.dead-lettered', {
      userId: event.userId,
      reason: `${event.template} to *@${event.recipientDomain} failed ${event.attempts} time(s): ${event.error}`,
    });
    const userId = event.userId;
    if (userId === undefined) {
      return;
    }
    await this.transactions.run((tx) =>
      this.trail.record(
        {
          action: 'mail.dead-lettered',
          actorId: null,
          target: { type: 'user', id: userId },
          changes: {
            mail: { to: event.template },
            recipientDomain: { to: event.recipientDomain },
            attempts: { to: event.attempts },
            error: { to: event.error },
          },
        },
        tx,
      ),
    );
  }
}
