import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { JobHandlerFor, type JobContext, type JobHandler } from '@groundwork/jobs';
import { Metrics } from '@groundwork/telemetry';
import { emailVerificationLink, passwordResetLink } from './mail-links.js';
import { describeMailError, recipientDomain } from './mail-log.js';
import { MailEvents, type MailDeadLetteredEvent } from './mail.events.js';
import { MAIL_METRICS } from './mail.metrics.js';
import { type MailPayload, type MailTemplate, SendMailJob } from './mail.job.js';
import { createMailTransport, type MailTransport } from './mail.transport.js';
import { emailVerificationTemplate } from './templates/email-verification.template.js';
import { passwordResetTemplate } from './templates/password-reset.template.js';
import { emailChangedTemplate } from './templates/email-changed.template.js';
import type { MailContent } from './templates/template-utils.js';

/**
 * Renders and sends queued mails. A rejected or failed send throws, so the job is retried with
 * backoff and, after its last attempt, dead-lettered (MailEvents.DeadLettered, audited by auth).
 *
 * Idempotency: SMTP has no transactions, so a crash between the server's acceptance and the job's
 * completion sends the mail again on the retry. Each mail carries a Message-ID derived from the job
 * id, identical on every attempt, so mail servers and clients can recognise the repeat.
 */
@Injectable()
@JobHandlerFor(SendMailJob)
export class MailSender implements JobHandler<MailPayload>, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: MailTransport;
  private readonly sent;
  private readonly failed;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly events: EventEmitter2,
    metrics: Metrics,
  ) {
    this.transport = createMailTransport(config.mail, this.logger, config.env);
    this.sent = metrics.counter(MAIL_METRICS.sent);
    this.failed = metrics.counter(MAIL_METRICS.failed);
  }

  async handle(payload: MailPayload, context: JobContext): Promise<void> {
    const label = `Mail ${payload.template} to *@${recipientDomain(payload.to)}`;
    try {
      await this.transport.send({
        to: payload.to,
        messageId: `<${context.id}@groundwork.mail>`,
        ...this.render(payload.template, payload),
      });
      this.sent.inc({ kind: payload.template });
    } catch (error) {
      // The local part never reaches the log; the job keeps the error for jobs:status.
      throw new Error(`${label}: ${describeMailError(error)}`, { cause: error });
    }
  }

  async onDeadLetter(payload: MailPayload, error: Error, context: JobContext): Promise<void> {
    this.failed.inc({ kind: payload.template });
    const event: MailDeadLetteredEvent = {
      template: payload.template,
      userId: payload.userId,
      recipientDomain: recipientDomain(payload.to),
      attempts: context.attempt,
      error: error.message,
    };
    // Awaited: the listeners write the audit trail, which must land before the job is dead-lettered.
    await this.events.emitAsync(MailEvents.DeadLettered, event);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  private render(template: MailTemplate, payload: MailPayload): MailContent {
    const { appUrl, emailVerifyTtlSeconds, passwordResetTtlSeconds } = this.config.mail;
    switch (template) {
      case 'email-verification':
        return emailVerificationTemplate({
          name: payload.name,
          link: emailVerificationLink(appUrl, payload.token ?? ''),
          ttlSeconds: emailVerifyTtlSeconds,
        });
      case 'password-reset':
        return passwordResetTemplate({
          name: payload.name,
          link: passwordResetLink(appUrl, payload.token ?? ''),
          ttlSeconds: passwordResetTtlSeconds,
        });
      case 'email-changed':
        return emailChangedTemplate({ name: payload.name, newAddress: payload.newAddress ?? '' });
    }
  }
}
