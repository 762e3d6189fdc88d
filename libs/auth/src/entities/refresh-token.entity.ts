import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SessionEntity } from './session.entity.js';

/**
 * A refresh token, stored only as its SHA-256. Used tokens stay (for a while) so that a second
 * use is recognised as theft rather than as an unknown token.
 */
@Entity('refresh_tokens')
@Index('IDX_refresh_tokens_session_id_used_at', ['sessionId', 'usedAt'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_refresh_tokens' })
  id!: string;

  @ForeignKey(() => SessionEntity, { name: 'FK_refresh_tokens_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  /** Hex SHA-256 of the token. */
  @Index('UQ_refresh_tokens_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when the token was exchanged for a new pair; a used token presented again means theft. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
