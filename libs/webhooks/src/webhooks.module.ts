import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@groundwork/audit';
import { Feature } from '@groundwork/feature';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookFanout } from './webhook-fanout.handler.js';
import { WebhookSender } from './webhook-sender.handler.js';
import { WebhooksController } from './webhooks.controller.js';
import { WEBHOOKS_FEATURE } from './webhooks.feature.js';
import { WebhooksService } from './webhooks.service.js';

/** Outbound webhooks: domain events from the outbox, signed per Standard Webhooks, delivered by jobs. */
@Feature(WEBHOOKS_FEATURE)
@Module({
  imports: [TypeOrmModule.forFeature(WEBHOOKS_FEATURE.entities), AuditModule],
  controllers: [WebhooksController],
  providers: [WebhookEndpointsRepository, WebhookDeliveriesRepository, WebhooksService, WebhookFanout, WebhookSender],
})
export class WebhooksModule {}
