import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One attempt at sending a delivery, as the delivery log shows it. */
export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** The receiver's HTTP status; null when no answer came (refused, timed out, blocked). */
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
}

/** One event for one endpoint: its payload, where it stands, and every attempt so far. */
@Entity('webhook_deliveries')
@Check('CHK_webhook_deliveries_status', `"status" IN ('pending', 'succeeded', 'failed')`)
@Index('UQ_webhook_deliveries_endpoint_event', ['endpointId', 'eventId'], { unique: true })
@Index('IDX_webhook_deliveries_endpoint_created', ['endpointId', 'createdAt'])
export class WebhookDeliveryEntity {
  /** Also the `webhook-id` header: the same on every attempt, so receivers can drop repeats. */
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_webhook_deliveries' })
  id!: string;

  @ForeignKey('webhook_endpoints', { name: 'FK_webhook_deliveries_endpoint', onDelete: 'CASCADE' })
  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 100 })
  eventType!: string;

  /** The JSON body sent, exactly as signed. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attempts!: DeliveryAttempt[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
