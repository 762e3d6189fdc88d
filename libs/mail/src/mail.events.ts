import type { MailTemplate } from './mail.job.js';

export const MailEvents = {
  /** A mail failed its last attempt and went to the dead letter queue. */
  DeadLettered: 'mail.dead-lettered',
} as const;

export interface MailDeadLetteredEvent {
  template: MailTemplate;
  userId?: string;
  /** Never the whole address. */
  recipientDomain: string;
  attempts: number;
  error: string;
}
