import { randomUUID } from 'node:crypto';
import { defineFixture } from '../support/fixtures.js';

/**
 * Webhook endpoints and their deliveries are admin-only: a stranger is refused before any lookup,
 * so any id addresses them. The delivery log and the endpoints' failure counts are written by
 * background jobs at any moment (a delivery from an earlier request), so they are volatile here.
 */
export default defineFixture({
  name: 'webhook',
  paths: [
    '/api/v1/webhooks/{id}',
    '/api/v1/webhooks/{id}/deliveries',
    '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
  ],
  strangerStatus: 403,
  create: () => Promise.resolve(randomUUID()),
  volatileColumns: {
    webhook_deliveries: [
      'id',
      'endpoint_id',
      'event_id',
      'event_type',
      'body',
      'status',
      'attempts',
      'created_at',
      'delivered_at',
    ],
    webhook_endpoints: ['consecutive_failures', 'enabled', 'disabled_reason', 'updated_at'],
  },
});
