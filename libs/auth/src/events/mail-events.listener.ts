import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { type MailDeadLetteredEvent, MailEvents } from '@groundwork/mail';
import { AuditLog } from '../audit/audit-log.service.js';

/** An account mail that was never delivered (its link never arrived) is a security-relevant event. */
@Injectable()
export class MailEventsListener {
  constructor(private readonly audit: AuditLog) {}

  @OnEvent(MailEvents.DeadLettered)
  onDeadLettered(event: MailDeadLetteredEvent): void {
    this.audit.warn('mail.dead-lettered', {
      userId: event.userId,
      reason: `${event.template} to *@${event.recipientDomain} failed ${event.attempts} time(s): ${event.error}`,
    });
  }
}
