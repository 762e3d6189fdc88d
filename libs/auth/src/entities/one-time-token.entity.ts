import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ONE_TIME_TOKEN_PURPOSES = ['password-reset', 'email-verify'] as const;
export type OneTimeTokenPurpose = (typeof ONE_TIME_TOKEN_PURPOSES)[number];

/** A mailed link's token (password reset, email verification): hashed, expiring, single use. */
@Entity('one_time_tokens')
@Check('CHK_one_time_tokens_purpose', `"purpose" IN ('password-reset', 'email-verify')`)
@Index('IDX_one_time_tokens_user_id_purpose', ['userId', 'purpose'])
export class OneTimeTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_one_time_tokens' })
  id!: string;

  @ForeignKey('users', { name: 'FK_one_time_tokens_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: OneTimeTokenPurpose;

  /** Hex SHA-256 of the token. */
  @Index('UQ_one_time_tokens_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
