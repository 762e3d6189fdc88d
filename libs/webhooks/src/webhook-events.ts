/**
 * The domain events an endpoint may subscribe to. A module that publishes a new event through the
 * EventOutbox adds its type here to make it deliverable.
 */
export const WEBHOOK_EVENT_TYPES = [
  'user.created',
  'user.deleted',
  'user.role-changed',
  'user.email-verified',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
