import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { NormaliseEmail } from '@groundwork/http';
import { PASSWORD_MAX_LENGTH, UserAdminCreateDto, UserResponseDto } from '@groundwork/users';

/** Opaque tokens are base64url; anything else can be refused before a database lookup. */
export const OPAQUE_TOKEN_PATTERN = /^[A-Za-z0-9_-]+$/;
export const OPAQUE_TOKEN_MAX_LENGTH = 128;

/** Sign-up: what an admin gives when creating a user, minus the role (always "user"). */
export class AuthRegisterDto extends OmitType(UserAdminCreateDto, ['role'] as const) {}

export class AuthLoginDto {
  /** @example ada@example.com */
  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** @example "correct horse battery staple" */
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class AuthRefreshDto {
  /** The refresh token from the last sign-in or refresh; each one works once. @example q8i1J0o3Cj9X4u2b7lYzR5c6d1e2f3g4h5i6j7k8l9m */
  @IsString()
  @MinLength(1)
  @MaxLength(OPAQUE_TOKEN_MAX_LENGTH)
  @Matches(OPAQUE_TOKEN_PATTERN, { message: 'refreshToken is not a valid token' })
  refreshToken!: string;
}

/** Signing out by refresh token; without one, the access token names the session. */
export class AuthLogoutDto extends PartialType(AuthRefreshDto) {}

/** A fresh token pair. */
export class AuthTokensResponseDto {
  /** JWT to send as `Authorization: Bearer <token>`; short-lived. */
  @ApiProperty({ maxLength: 2048 })
  accessToken!: string;
  /** Opaque, single-use: exchange it at /auth/refresh for a new pair. Keep it secret. */
  @ApiProperty({ minLength: 43, maxLength: OPAQUE_TOKEN_MAX_LENGTH, pattern: OPAQUE_TOKEN_PATTERN.source })
  refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
  /** Seconds until the access token expires. @example 900 */
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 })
  expiresIn!: number;
}

/** The signed-in user and their first token pair. */
export class AuthResponseDto extends AuthTokensResponseDto {
  @ApiProperty({ type: () => UserResponseDto })
  user!: UserResponseDto;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export function mapTokens(pair: TokenPair): AuthTokensResponseDto {
  return {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    tokenType: 'Bearer',
    expiresIn: pair.expiresIn,
  };
}

export function mapAuthResponse(user: UserResponseDto, pair: TokenPair): AuthResponseDto {
  return {
    user,
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    tokenType: 'Bearer',
    expiresIn: pair.expiresIn,
  };
}
