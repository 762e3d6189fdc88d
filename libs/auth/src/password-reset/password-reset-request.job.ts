import { IsEmail, IsIP, IsOptional, MaxLength } from 'class-validator';
import { defineJob } from '@groundwork/jobs';

export class PasswordResetRequestPayload {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** Who asked, for the audit trail. */
  @IsOptional()
  @IsIP()
  ip?: string;
}

/**
 * A "forgot password" request, taken at once and the same way whether or not an account uses the
 * address; looking the account up and queuing its mail happen in this job, so neither the answer
 * nor its timing tells, and a crash after the 202 loses nothing.
 */
export const PasswordResetRequestJob = defineJob({
  name: 'auth.password-reset-request',
  payload: PasswordResetRequestPayload,
  retryLimit: 5,
  retryDelaySeconds: 5,
  backoff: true,
  timeoutSeconds: 60,
  keepCompletedSeconds: 3_600,
});
