import { IsUUID } from 'class-validator';
import { defineJob } from '@groundwork/jobs';

export class WebhookDeliveryPayload {
  @IsUUID()
  deliveryId!: string;
}

/** One POST of one delivery; failures retry with backoff (WEBHOOK_RETRY_DELAY_SECONDS, doubling), 6 attempts in all. */
export const WebhookDeliveryJob = defineJob({
  name: 'webhooks.deliver',
  payload: WebhookDeliveryPayload,
  retryLimit: 5,
  retryDelaySeconds: (config) => config.webhooks.retryDelaySeconds,
  backoff: true,
  retryDelayMaxSeconds: 3_600,
  // The request's own bound, plus time to record the attempt.
  timeoutSeconds: (config) => Math.ceil(config.webhooks.timeoutMs / 1_000) + 30,
});

/** The signed body: Standard Webhooks' recommended envelope. */
export interface WebhookEnvelope {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}
