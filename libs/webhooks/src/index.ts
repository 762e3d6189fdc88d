export * from './webhooks.module.js';
export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-events.js';
export { isNonPublicAddress } from './outbound-address.js';
export { WEBHOOKS_FEATURE } from './webhooks.feature.js';
