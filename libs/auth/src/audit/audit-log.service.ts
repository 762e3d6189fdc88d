import { Injectable, Logger } from '@nestjs/common';

/** The audit event types this lib records (declared in AUTH_FEATURE). */
export const AUTH_AUDIT_EVENTS = [
  'auth.registered',
  'auth.sign-in.succeeded',
  'auth.sign-in.failed',
  'auth.refresh.reuse-detected',
  'auth.refresh.repeated',
  'auth.sign-out',
  'auth.sign-out-all',
  'auth.session.revoked',
  'auth.sessions.revoked',
  'auth.password.changed',
  'auth.password.change-failed',
  'auth.password.reset-requested',
  'auth.password.reset',
  'auth.email.verified',
  'mail.dead-lettered',
  'user.role-changed',
] as const;

export type AuditEvent = (typeof AUTH_AUDIT_EVENTS)[number];

/**
 * Who and where; never tokens, passwords or hashes. The request id is not a field: the request's
 * logger (nestjs-pino) binds it to every line logged while serving it, listeners and background work included.
 */
export interface AuditFields {
  userId?: string;
  sessionId?: string;
  ip?: string | null;
  reason?: string;
  /** How many sessions an action ended. */
  sessions?: number;
  /** Who made a change on someone else's account. */
  by?: string;
}

/** Security-relevant events as structured log lines, one place to ship to a SIEM later. */
@Injectable()
export class AuditLog {
  private readonly logger = new Logger('Audit');

  record(event: AuditEvent, fields: AuditFields): void {
    this.logger.log({ audit: true, event, ...fields });
  }

  /** Events worth a look on their own: failed sign-ins, token theft. */
  warn(event: AuditEvent, fields: AuditFields): void {
    this.logger.warn({ audit: true, event, ...fields });
  }
}
