import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A field's value before and after a change; `from` is absent when the record was created. */
export interface AuditChange {
  from?: unknown;
  to?: unknown;
}

/** One recorded change to a record, written in the transaction that made it. */
@Entity('audit_events')
@Index('IDX_audit_events_target', ['targetType', 'targetId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_events' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** What happened, as `<record>.<verb>` (e.g. `user.updated`). */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  /** Who did it; null when an operator command (the CLI) did. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType!: string;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  /** Field name -> { from, to }; never secrets (no passwords or hashes). */
  @Column({ type: 'jsonb' })
  changes!: Record<string, AuditChange>;

  /** The request that made the change, to join with the request's log lines. */
  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;
}
