import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@groundwork/users';
import { NormaliseEmail } from '@groundwork/http';
import { OPAQUE_TOKEN_MAX_LENGTH, OPAQUE_TOKEN_PATTERN } from './auth.dto.js';

export class PasswordChangeDto {
  /** @example "correct horse battery staple" */
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  /** 8 to 128 characters, not among the most common passwords, not the email. @example "tr0ub4dor and three more words" */
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class PasswordForgotDto {
  /** Where to send the reset link, if an account uses it. @example ada@example.com */
  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class PasswordResetDto {
  /** The token from the reset link (its `token` query parameter). */
  @IsString()
  @MinLength(1)
  @MaxLength(OPAQUE_TOKEN_MAX_LENGTH)
  @Matches(OPAQUE_TOKEN_PATTERN, { message: 'token is not a valid token' })
  token!: string;

  /** 8 to 128 characters, not among the most common passwords, not the email. @example "tr0ub4dor and three more words" */
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
