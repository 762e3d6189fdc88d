import { Injectable } from '@nestjs/common';
import type { Transaction } from '@groundwork/database';
import { JobQueue } from '@groundwork/jobs';
import { SendMailJob } from './mail.job.js';

/**
 * The one way flows send mail: each mail is a job enqueued in the transaction that decided it (a
 * transactional outbox), so it exists if and only if that transaction commits, and a crash after
 * the commit cannot lose it; MailSender sends it, with retries and a dead letter.
 */
@Injectable()
export class OutgoingMail {
  constructor(private readonly jobs: JobQueue) {}

  async emailVerification(tx: Transaction, to: string, name: string, token: string, userId?: string): Promise<void> {
    await this.jobs.enqueue(SendMailJob, { template: 'email-verification', to, name, token, userId }, { tx });
  }

  async passwordReset(tx: Transaction, to: string, name: string, token: string, userId?: string): Promise<void> {
    await this.jobs.enqueue(SendMailJob, { template: 'password-reset', to, name, token, userId }, { tx });
  }

  /** The notice to the old address after an email change. */
  async emailChanged(tx: Transaction, oldAddress: string, name: string, newAddress: string): Promise<void> {
    await this.jobs.enqueue(SendMailJob, { template: 'email-changed', to: oldAddress, name, newAddress }, { tx });
  }
}
