import { ApiProperty, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@groundwork/access';
import { CursorPageQueryDto, MaxCodePoints, NormaliseEmail, Trim } from '@groundwork/http';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';
import type { UserEntity } from './user.entity.js';

/** A user as the API shows it; the password hash never leaves the repository layer. */
export class UserResponseDto {
  /** @example 3f0b8a5e-2f4c-4c1e-9a8b-1d2e3f4a5b6c */
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;
  /** Lower-cased email address. @example ada@example.com */
  @ApiProperty({ format: 'email', maxLength: 254 })
  email!: string;
  /** Display name. @example "Ada Lovelace" */
  @ApiProperty({ maxLength: 100 })
  name!: string;
  @ApiProperty({ enum: ROLES, example: 'user' })
  role!: Role;
  /** Whether the user has confirmed their email address. */
  emailVerified!: boolean;
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  createdAt!: string;
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  updatedAt!: string;
  /** When the user was soft-deleted; null while the account is active. */
  @ApiProperty({ format: 'date-time', maxLength: 40, type: 'string', nullable: true })
  deletedAt!: string | null;
}

export function mapUser(user: UserEntity): UserResponseDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    deletedAt: user.deletedAt?.toISOString() ?? null,
  };
}

export class UserAdminCreateDto {
  /** Stored lower-cased; unique. @example ada@example.com */
  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  @MaxCodePoints(254)
  email!: string;

  /** 8 to 128 characters, not among the most common passwords, not the email. @example "correct horse battery staple" */
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  /** Display name. @example "Ada Lovelace" */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @MaxCodePoints(100)
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'user' })
  @IsIn(ROLES)
  role!: Role;
}

/** Self-service: the name only; role, email and the rest are refused (400), not ignored. */
export class UserUpdateMeDto extends PickType(UserAdminCreateDto, ['name'] as const) {}

/** Administration: any of name, role and email, with the rules they have at creation. */
export class UserAdminUpdateDto extends PartialType(OmitType(UserAdminCreateDto, ['password'] as const)) {}

export const USER_SORT_FIELDS = ['createdAt', 'email', 'name', 'role'] as const;
const SORT_VALUES = USER_SORT_FIELDS.flatMap((field) => [field, `-${field}`]);

const DELETED_FLAG = ['true', 'false'];

/** Reading one user: `deleted=true` also finds a soft-deleted one. */
export class UserGetQueryDto {
  /** true also finds a soft-deleted user (its record shows deletedAt). */
  @ApiProperty({ enum: DELETED_FLAG, required: false, default: 'false' })
  @IsOptional()
  @IsIn(DELETED_FLAG)
  deleted?: string;
}

export class UserListQueryDto extends CursorPageQueryDto {
  /** Sort field, prefixed with - for descending. */
  @ApiProperty({ enum: SORT_VALUES, required: false, default: '-createdAt' })
  @IsOptional()
  @IsIn(SORT_VALUES)
  sort: string = '-createdAt';

  /** Exact email (case-insensitive). @example ada@example.com */
  @IsOptional()
  @NormaliseEmail()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiProperty({ enum: ROLES, required: false })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** Case-insensitive substring of name or email. @example ada */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;

  /** true lists only soft-deleted users. */
  @ApiProperty({ enum: ['true', 'false'], required: false, default: 'false' })
  @IsOptional()
  @Matches(/^(true|false)$/)
  deleted?: string;
}
