import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { defineJob } from '@groundwork/jobs';

export const MAIL_TEMPLATES = ['email-verification', 'password-reset', 'email-changed'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/**
 * What the mail job stores. The single-use token travels in it (the database keeps only its
 * hash elsewhere), so completed mail jobs are kept one hour only.
 */
export class MailPayload {
  @IsIn(MAIL_TEMPLATES)
  template!: MailTemplate;

  @IsEmail()
  @MaxLength(320)
  to!: string;

  @IsString()
  @MaxLength(400)
  name!: string;

  /** The link's token (verification, reset). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;

  /** The address an account moved to (the notice sent to the old one). */
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  newAddress?: string;

  /** Whose mail it is, for the audit event if it is never delivered. */
  @IsOptional()
  @IsUUID()
  userId?: string;
}

/** SMTP failures retry with exponential backoff (MAIL_RETRY_DELAY_SECONDS, doubling, at most 30 min apart). */
export const SendMailJob = defineJob({
  name: 'mail.send',
  payload: MailPayload,
  retryLimit: 8,
  retryDelaySeconds: (config) => config.mail.retryDelaySeconds,
  backoff: true,
  retryDelayMaxSeconds: 1_800,
  // A send is bounded by the SMTP timeouts (connection 5 s, greeting 5 s, socket 10 s).
  timeoutSeconds: 60,
  keepCompletedSeconds: 3_600,
});
