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

/** What the audit trail records about endpoints: admins' changes, and the disabling after a run of failures. */
export const WEBHOOK_AUDIT_EVENTS = [
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.redelivered',
  'webhook.disabled',
] as const;
export type WebhookAuditEvent = (typeof WEBHOOK_AUDIT_EVENTS)[number];

/** The audit trail's target for an endpoint. */
export const webhookTarget = (id: string) => ({ type: 'webhook-endpoint', id });
