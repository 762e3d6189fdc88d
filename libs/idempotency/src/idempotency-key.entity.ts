import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A claimed Idempotency-Key: in flight while its first request runs, then the sealed response. */
@Entity('idempotency_keys')
@Index('IDX_idempotency_keys_expires_at', ['expiresAt'])
export class IdempotencyKeyEntity {
  /** Hex SHA-256 of the caller's scope and the key: the key itself is never stored. */
  @PrimaryColumn({ name: 'key_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_idempotency_keys' })
  keyHash!: string;

  /** Hex SHA-256 of method, path and body: a repeat must match it. */
  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: 'in-flight' | 'completed';

  /** An in-flight claim older than this was abandoned (a crashed instance) and may be taken over. */
  @Column({ name: 'locked_until', type: 'timestamptz' })
  lockedUntil!: Date;

  /** The response, encrypted with a key derived from the Idempotency-Key (only its holder can read it). */
  @Column({ type: 'bytea', nullable: true })
  response!: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
