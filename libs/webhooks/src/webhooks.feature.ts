import { defineFeature } from '@groundwork/feature';
import { Webhooks1764900000000 } from './migrations/1764900000000-Webhooks.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { WEBHOOK_AUDIT_EVENTS } from './webhook-events.js';
import { WebhookFanout } from './webhook-fanout.handler.js';
import { WebhookSender } from './webhook-sender.handler.js';

/** What the platform needs from the webhooks lib (see FeatureDeclaration). */
export const WEBHOOKS_FEATURE = defineFeature({
  name: 'webhooks',
  entities: [WebhookEndpointEntity, WebhookDeliveryEntity],
  migrations: [Webhooks1764900000000],
  jobHandlers: [WebhookFanout, WebhookSender],
  auditEvents: WEBHOOK_AUDIT_EVENTS,
  openApiTags: [
    { name: 'webhooks', description: 'Outbound webhooks: endpoints, their delivery log and redelivery (admins)' },
  ],
});
