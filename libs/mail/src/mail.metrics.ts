import { defineCounter } from '@groundwork/telemetry';

import { MAIL_TEMPLATES } from './mail.job.js';

/** The kinds of mail sent; a label value each. */
export const MAIL_KINDS = MAIL_TEMPLATES;

export const MAIL_METRICS = {
  sent: defineCounter({
    name: 'groundwork_mail_sent_total',
    help: 'Mails handed to the SMTP server (or the log without SMTP_URL), by kind',
    labelNames: ['kind'],
    labelValues: { kind: MAIL_KINDS },
  }),
  failed: defineCounter({
    name: 'groundwork_mail_failed_total',
    help: 'Mails dead-lettered after every retry, by kind',
    labelNames: ['kind'],
    labelValues: { kind: MAIL_KINDS },
  }),
} as const;
