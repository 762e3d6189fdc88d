import type { Logger } from '@nestjs/common';
import type { AppConfig } from '@groundwork/config';
import { SpanKind } from '@opentelemetry/api';
import { createTransport } from 'nodemailer';
import { inSpan } from '@groundwork/telemetry';
import type { MailContent } from './templates/template-utils.js';

export interface OutgoingMail extends MailContent {
  to: string;
  /** The same on every attempt at one mail, so a repeat after a crash can be recognised. */
  messageId?: string;
}

/** Where rendered mails go: an SMTP server, or the log when none is configured. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const SMTP_TIMEOUTS = {
  connectionTimeout: 5_000,
  greetingTimeout: 5_000,
  socketTimeout: 10_000,
} as const;

export function createMailTransport(config: AppConfig['mail'], logger: Logger, production = false): MailTransport {
  if (config.smtpUrl === undefined) {
    return logMailTransport(logger, production);
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

/** Development convenience; in production the body (with its single-use token) never reaches the log. */
function logMailTransport(logger: Logger, production: boolean): MailTransport {
  return {
    send({ to, subject, text }) {
      logger.log(
        production
          ? `Mail not sent (SMTP_URL is unset): ${subject}`
          : `Mail not sent (SMTP_URL is unset) to ${to}: ${subject}\n${text}`,
      );
      return Promise.resolve();
    },
    close() {},
  };
}
