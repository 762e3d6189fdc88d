import { ApiProperty } from '@nestjs/swagger';
import type { SessionEntity } from '../entities/session.entity.js';

export const MAX_LISTED_SESSIONS = 100;

/** A signed-in device or browser. */
export class SessionResponseDto {
  /** @example 0b6f9d4e-1c2a-4e8b-9f3d-5a7c6b8e9d0f */
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;
  /** When the user signed in. */
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  createdAt!: string;
  /** When the session was last seen (to within a minute or so). */
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  lastUsedAt!: string;
  /** When the session ends unless it is used (refreshed) before then. */
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  expiresAt!: string;
  /** The User-Agent sent at sign-in, if any. @example "Mozilla/5.0 (X11; Linux x86_64)" */
  @ApiProperty({ type: 'string', nullable: true, maxLength: 512 })
  userAgent!: string | null;
  /** The IP address at sign-in. @example 203.0.113.7 */
  @ApiProperty({ type: 'string', nullable: true, maxLength: 45 })
  ip!: string | null;
  /** True for the session making this request. */
  current!: boolean;
}

export class SessionListResponseDto {
  /** Open sessions, most recently used first. */
  @ApiProperty({ type: () => [SessionResponseDto], maxItems: MAX_LISTED_SESSIONS })
  items!: SessionResponseDto[];
}

export function mapSession(session: SessionEntity, currentSessionId: string): SessionResponseDto {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastUsedAt: session.lastUsedAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    userAgent: session.userAgent,
    ip: session.ip,
    current: session.id === currentSessionId,
  };
}
