import { Injectable } from '@nestjs/common';
import { JobHandlerFor, type JobHandler } from '@groundwork/jobs';
import { PasswordService } from '../password.service.js';
import { PasswordResetRequestJob, type PasswordResetRequestPayload } from './password-reset-request.job.js';

/**
 * Idempotency: a repeated run issues a fresh token and queues a fresh mail in one transaction;
 * the earlier unused link stops working, so at most the newest link is usable.
 */
@Injectable()
@JobHandlerFor(PasswordResetRequestJob)
export class PasswordResetRequestHandler implements JobHandler<PasswordResetRequestPayload> {
  constructor(private readonly passwords: PasswordService) {}

  handle(payload: PasswordResetRequestPayload): Promise<void> {
    return this.passwords.sendResetLink(payload.email, { ip: payload.ip ?? null, userAgent: null });
  }
}
