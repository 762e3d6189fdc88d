import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Why a session ended; kept for the audit trail and support questions. */
export const SESSION_REVOKE_REASONS = [
  'logout',
  'logout-all',
  'revoked-by-user',
  'refresh-token-reuse',
  'password-changed',
  'password-reset',
  'user-deleted',
  'role-changed',
] as const;
export type SessionRevokeReason = (typeof SESSION_REVOKE_REASONS)[number];

/** One sign-in: its refresh tokens rotate within it, its access tokens carry its id (sid). */
@Entity('sessions')
@Index('IDX_sessions_user_id', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sessions' })
  id!: string;

  // A plain foreign key by table name: auth needs the user's id, not the users lib's entity class.
  @ForeignKey('users', { name: 'FK_sessions_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt!: Date;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  /** Moves forward on every refresh: a session idle for the refresh TTL ends. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 32, nullable: true })
  revokeReason!: SessionRevokeReason | null;
}
