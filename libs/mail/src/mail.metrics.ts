import { defineCounter } from '@groundwork/telemetry';

/** The kinds of mail the service sends; a label value each. */
export const MAIL_KINDS = ['email-verification', 'password-reset', 'email-changed'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_METRICS = {
  sent: defineCounter({
    name: 'groundwork_mail_sent_total',
    help: 'Mails handed to the SMTP server (or the log without SMTP_URL), by kind',
    labelNames: ['kind'],
    labelValues: { kind: MAIL_KINDS },
  }),
  failed: defineCounter({
    name: 'groundwork_mail_failed_total',
    help: 'Mails given up on after every retry, by kind',
    labelNames: ['kind'],
    labelValues: { kind: MAIL_KINDS },
  }),
} as const;
