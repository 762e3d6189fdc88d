import { Inject, Injectable, Logger, type OnModuleDestroy, Optional } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { InjectConfig } from '@groundwork/config';
import type { AppConfig } from '@groundwork/config';
import { Metrics } from '@groundwork/telemetry';
import { emailVerificationLink, passwordResetLink } from './mail-links.js';
import { describeMailError, recipientDomain } from './mail-log.js';
import { MAIL_METRICS, type MailKind } from './mail.metrics.js';
import { createMailTransport, type MailTransport } from './mail.transport.js';
import { emailChangedTemplate } from './templates/email-changed.template.js';
import { emailVerificationTemplate } from './templates/email-verification.template.js';
import { passwordResetTemplate } from './templates/password-reset.template.js';
import type { MailContent } from './templates/template-utils.js';

export interface MailDeliveryOptions {
  /** Tries per mail, the first included. */
  maxAttempts: number;
  /** Wait before the second try; each later wait is `backoffFactor` times longer. */
  baseDelayMs: number;
  backoffFactor: number;
  /** How long shutdown waits for pending mails before abandoning them. */
  shutdownTimeoutMs: number;
}

/** 3 tries, waiting 200 ms then 1 s (a 4th would wait 5 s). */
export const DEFAULT_MAIL_DELIVERY: MailDeliveryOptions = {
  maxAttempts: 3,
  baseDelayMs: 200,
  backoffFactor: 5,
  shutdownTimeoutMs: 5_000,
};

/** Optional provider (from a global module, or a test) overriding parts of DEFAULT_MAIL_DELIVERY. */
export const MAIL_DELIVERY_OPTIONS = Symbol('MAIL_DELIVERY_OPTIONS');

/** Sends account mails in the background: callers never wait for, nor fail because of, delivery. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly options: MailDeliveryOptions;
  private readonly transport: MailTransport;
  private readonly pending = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  private readonly sent;
  private readonly failed;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    metrics: Metrics,
    @Optional()
    @Inject(MAIL_DELIVERY_OPTIONS)
    options?: Partial<MailDeliveryOptions>,
  ) {
    this.options = { ...DEFAULT_MAIL_DELIVERY, ...options };
    this.transport = createMailTransport(config.mail, this.logger, config.env === 'production');
    this.sent = metrics.counter(MAIL_METRICS.sent);
    this.failed = metrics.counter(MAIL_METRICS.failed);
  }

  sendEmailVerification(to: string, name: string, token: string): Promise<void> {
    const { appUrl, emailVerifyTtlSeconds } = this.config.mail;
    this.enqueue('email-verification', to, () =>
      emailVerificationTemplate({
        name,
        link: emailVerificationLink(appUrl, token),
        ttlSeconds: emailVerifyTtlSeconds,
      }),
    );
    return Promise.resolve();
  }

  sendPasswordReset(to: string, name: string, token: string): Promise<void> {
    const { appUrl, passwordResetTtlSeconds } = this.config.mail;
    this.enqueue('password-reset', to, () =>
      passwordResetTemplate({
        name,
        link: passwordResetLink(appUrl, token),
        ttlSeconds: passwordResetTtlSeconds,
      }),
    );
    return Promise.resolve();
  }

  sendEmailChanged(to: string, name: string, newAddress: string): Promise<void> {
    this.enqueue('email-changed', to, () => emailChangedTemplate({ name, newAddress }));
    return Promise.resolve();
  }

  /** Resolves once no mail is queued or being retried. */
  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled(this.pending);
    }
  }

  async onModuleDestroy(): Promise<void> {
    const timer = new AbortController();
    const drained = await Promise.race([
      this.whenIdle().then(() => true),
      sleep(this.options.shutdownTimeoutMs, false, {
        signal: timer.signal,
      }).catch(() => false),
    ]);
    timer.abort();
    if (!drained) {
      this.logger.warn(`Shutting down with ${this.pending.size} mail(s) still pending: they are dropped`);
      this.shutdown.abort();
    }
    this.transport.close();
  }

  private enqueue(kind: MailKind, to: string, render: () => MailContent): void {
    const task: Promise<void> = this.deliver(kind, to, render).finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Never rejects: every failure ends in the log. */
  private async deliver(kind: MailKind, to: string, render: () => MailContent): Promise<void> {
    const label = `Mail ${kind} to *@${recipientDomain(to)}`;
    try {
      const mail = { to, ...render() };
      const { maxAttempts } = this.options;
      let attempt = 0;
      while (attempt < maxAttempts && !this.shutdown.signal.aborted) {
        attempt += 1;
        try {
          await this.transport.send(mail);
          this.sent.inc({ kind });
          return;
        } catch (error) {
          this.logger.warn(`${label}: attempt ${attempt}/${maxAttempts} failed: ${describeMailError(error)}`);
        }
        if (attempt < maxAttempts) {
          await this.backoff(attempt);
        }
      }
      this.failed.inc({ kind });
      this.logger.error(`${label}: giving up after ${attempt} attempt(s)`);
    } catch (error) {
      this.failed.inc({ kind });
      this.logger.error(`${label}: could not be prepared: ${describeMailError(error)}`);
    }
  }

  private async backoff(attempt: number): Promise<void> {
    await sleep(backoffDelayMs(this.options, attempt), undefined, {
      signal: this.shutdown.signal,
    }).catch(() => undefined);
  }
}

/** Wait after failed attempt `attempt` (1-based). */
export function backoffDelayMs({ baseDelayMs, backoffFactor }: MailDeliveryOptions, attempt: number): number {
  return baseDelayMs * backoffFactor ** (attempt - 1);
}
