import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OPAQUE_TOKEN_MAX_LENGTH, OPAQUE_TOKEN_PATTERN } from './auth.dto.js';

export class EmailVerifyDto {
  /** The token from the verification link (its `token` query parameter). */
  @IsString()
  @MinLength(1)
  @MaxLength(OPAQUE_TOKEN_MAX_LENGTH)
  @Matches(OPAQUE_TOKEN_PATTERN, { message: 'token is not a valid token' })
  token!: string;
}
