import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
} from 'class-validator';
import { MaxCodePoints, Trim } from '@groundwork/http';
import type { DeliveryAttempt, DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { DELIVERY_STATUSES } from './webhook-delivery.entity.js';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-events.js';

export class WebhookEndpointCreateDto {
  /** Where events are POSTed; http or https, on a public address. @example https://hooks.example.com/groundwork */
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true })
  @MaxLength(2048)
  url!: string;

  /** Which events to send here. @example ["user.created","user.deleted"] */
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes!: WebhookEventType[];

  /** What the endpoint is for. @example "CRM sync" */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxCodePoints(200)
  @ApiProperty({ maxLength: 200, required: false })
  description?: string;
}

export class WebhookEndpointUpdateDto extends PartialType(
  PickType(WebhookEndpointCreateDto, ['url', 'eventTypes', 'description'] as const),
) {
  /** Turn deliveries off or back on; re-enabling clears the failure count. */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookEndpointResponseDto {
  /** @example 8c1f3e2a-4b5d-4e6f-8a9b-0c1d2e3f4a5b */
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;
  @ApiProperty({ format: 'uri', maxLength: 2048 })
  url!: string;
  @ApiProperty({ maxLength: 200 })
  description!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, maxItems: WEBHOOK_EVENT_TYPES.length })
  eventTypes!: WebhookEventType[];
  /** False when an admin turned it off, or after a run of failed attempts. */
  enabled!: boolean;
  /** Failed attempts since the last success. */
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 })
  consecutiveFailures!: number;
  /** Why it was disabled automatically, if it was. */
  @ApiProperty({ type: 'string', nullable: true, maxLength: 200 })
  disabledReason!: string | null;
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  createdAt!: string;
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  updatedAt!: string;
}

export class WebhookEndpointCreatedResponseDto extends WebhookEndpointResponseDto {
  /** The signing secret (Standard Webhooks, `whsec_`); shown this once only: store it now. */
  @ApiProperty({ maxLength: 100, pattern: '^whsec_[A-Za-z0-9+/=]+$' })
  secret!: string;
}

export class WebhookDeliveryAttemptDto {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: 1_000 })
  attempt!: number;
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  at!: string;
  /** The receiver's HTTP status; null when no answer came. */
  @ApiProperty({ type: 'integer', format: 'int32', nullable: true, minimum: 0, maximum: 999 })
  statusCode!: number | null;
  @ApiProperty({ type: 'string', nullable: true, maxLength: 400 })
  error!: string | null;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 })
  latencyMs!: number;
}

export class WebhookDeliveryResponseDto {
  /** Also the `webhook-id` header the receiver saw. */
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  eventId!: string;
  @ApiProperty({ maxLength: 100 })
  eventType!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: DeliveryStatus;
  /** Every attempt, oldest first. */
  @ApiProperty({ type: [WebhookDeliveryAttemptDto], maxItems: 1_000 })
  attempts!: WebhookDeliveryAttemptDto[];
  @ApiProperty({ format: 'date-time', maxLength: 40 })
  createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, maxLength: 40 })
  deliveredAt!: string | null;
}

export function mapWebhookEndpoint(endpoint: WebhookEndpointEntity): WebhookEndpointResponseDto {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes as WebhookEventType[],
    enabled: endpoint.enabled,
    consecutiveFailures: endpoint.consecutiveFailures,
    disabledReason: endpoint.disabledReason,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

function mapAttempt(attempt: DeliveryAttempt): WebhookDeliveryAttemptDto {
  return {
    attempt: attempt.attempt,
    at: attempt.at,
    statusCode: attempt.statusCode,
    error: attempt.error?.slice(0, 400) ?? null,
    latencyMs: attempt.latencyMs,
  };
}

export function mapWebhookDelivery(delivery: WebhookDeliveryEntity): WebhookDeliveryResponseDto {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts.map(mapAttempt),
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
  };
}
