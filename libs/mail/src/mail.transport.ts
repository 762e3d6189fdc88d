import type { Logger } from '@nestjs/common';
import type { AppConfig } from '@groundwork/config';
import { SpanKind } from '@opentelemetry/api';
import { createTransport } from 'nodemailer';
import { inSpan } from '@groundwork/telemetry';
import { recipientDomain } from './mail-log.js';
import type { MailContent } from './templates/template-utils.js';

export interface OutgoingMail extends MailContent {
  to: string;
  /** The same on every attempt at one mail, so a repeat after a crash can be recognised. */
  messageId?: string;
}

/** Where rendered mails go: an SMTP server, or the log (MAIL_TRANSPORT=log, or no SMTP_URL while developing). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const SMTP_TIMEOUTS = {
  connectionTimeout: 5_000,
  greetingTimeout: 5_000,
  socketTimeout: 10_000,
} as const;

export function createMailTransport(
  config: AppConfig['mail'],
  logger: Logger,
  env: AppConfig['env'] = 'production',
): MailTransport {
  if (config.transport === 'log' || config.smtpUrl === undefined) {
    return logMailTransport(logger, env === 'development' || env === 'test');
  }

  const transporter = createTransport({ url: config.smtpUrl, pool: true, ...SMTP_TIMEOUTS }, { from: config.from });
  const server = new URL(config.smtpUrl);
  // nodemailer has no OpenTelemetry instrumentation: each delivery attempt is a client span of its own.
  const attributes = {
    'server.address': server.hostname,
    'server.port': Number(server.port || (server.protocol === 'smtps:' ? 465 : 587)),
  };
  return {
    async send(mail) {
      await inSpan('smtp send', { kind: SpanKind.CLIENT, attributes }, () => transporter.sendMail(mail));
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * A development convenience: the mail, link included, in the log. Anywhere else (production) the
 * body carries a single-use token that must never reach a log: only the subject and the
 * recipient's domain are written.
 */
function logMailTransport(logger: Logger, showBody: boolean): MailTransport {
  return {
    send({ to, subject, text }) {
      logger.log(
        showBody
          ? `Mail not sent (log transport) to ${to}: ${subject}\n${text}`
          : `Mail not sent (log transport): "${subject}" to *@${recipientDomain(to)}`,
      );
      return Promise.resolve();
    },
    close() {},
  };
}
