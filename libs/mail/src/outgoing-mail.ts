import { Injectable } from '@nestjs/common';
import { type Transaction, TransactionRunner } from '@groundwork/database';
import { MailService } from './mail.service.js';

/**
 * The one way flows send mail: each mail is queued with the transaction that decided it and goes
 * out only once that transaction commits (never after a rollback, so no link to a token that was
 * not stored). Today the queue is an after-commit effect in this process; a transactional outbox
 * would write a row with `tx` here instead, and no caller would change.
 */
@Injectable()
export class OutgoingMail {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly mail: MailService,
  ) {}

  emailVerification(tx: Transaction, to: string, name: string, token: string): void {
    this.transactions.afterCommit(tx, () => this.mail.sendEmailVerification(to, name, token));
  }

  passwordReset(tx: Transaction, to: string, name: string, token: string): void {
    this.transactions.afterCommit(tx, () => this.mail.sendPasswordReset(to, name, token));
  }

  /** The notice to the old address after an email change. */
  emailChanged(tx: Transaction, oldAddress: string, name: string, newAddress: string): void {
    this.transactions.afterCommit(tx, () => this.mail.sendEmailChanged(oldAddress, name, newAddress));
  }
}
