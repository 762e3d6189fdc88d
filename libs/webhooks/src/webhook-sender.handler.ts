import { Injectable, Logger } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { Webhook } from 'standardwebhooks';
import { AuditTrail } from '@groundwork/audit';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { TransactionRunner } from '@groundwork/database';
import { type JobContext, type JobHandler, JobHandlerFor } from '@groundwork/jobs';
import { inSpan, traceCarrier } from '@groundwork/telemetry';
import { OutboundRequestError, postOutbound } from './outbound-request.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import type { DeliveryAttempt } from './webhook-delivery.entity.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { webhookTarget } from './webhook-events.js';
import { WebhookDeliveryJob, type WebhookDeliveryPayload } from './webhook.jobs.js';

/** What a receiver's answer may add to the log (the rest is discarded). */
const MAX_RESPONSE_BYTES = 4_096;

/**
 * POSTs one delivery, signed per Standard Webhooks, and logs the attempt (status, error, latency).
 * A non-2xx answer or no answer throws, so the job retries with backoff; the endpoint's run of
 * failures is counted and it is disabled at WEBHOOK_MAX_FAILURES.
 *
 * Idempotency: every attempt carries the same `webhook-id` (the delivery id), so receivers drop
 * repeats as the specification asks; a delivery already succeeded, or whose endpoint is gone or
 * disabled, is not sent again.
 */
@Injectable()
@JobHandlerFor(WebhookDeliveryJob)
export class WebhookSender implements JobHandler<WebhookDeliveryPayload> {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async handle({ deliveryId }: WebhookDeliveryPayload, context: JobContext): Promise<void> {
    const delivery = await this.deliveries.get(deliveryId);
    if (!delivery || delivery.status === 'succeeded') {
      return;
    }
    const endpoint = await this.endpoints.get(delivery.endpointId);
    if (!endpoint?.enabled) {
      await this.deliveries.recordAttempt(
        delivery.id,
        {
          attempt: delivery.attempts.length + 1,
          at: new Date().toISOString(),
          statusCode: null,
          error: 'endpoint disabled',
          latencyMs: 0,
        },
        'failed',
      );
      return;
    }

    const sentAt = new Date();
    const signature = new Webhook(endpoint.secret).sign(delivery.id, sentAt, delivery.body);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const url = new URL(endpoint.url);
      // A client span of the trace that caused the event; its context goes out as `traceparent`, so the
      // receiver's spans join the same trace (nothing is added while tracing is off).
      const response = await inSpan(
        'webhook deliver',
        { kind: SpanKind.CLIENT, attributes: { 'server.address': url.hostname, 'webhook.delivery_id': delivery.id } },
        () =>
          postOutbound(
            url,
            {
              ...traceCarrier(),
              'content-type': 'application/json',
              'user-agent': 'Groundwork-Webhooks/1',
              'webhook-id': delivery.id,
              'webhook-timestamp': Math.floor(sentAt.getTime() / 1_000).toString(),
              'webhook-signature': signature,
            },
            delivery.body,
            {
              allowPrivate: this.config.webhooks.allowPrivate,
              timeoutMs: this.config.webhooks.timeoutMs,
              maxResponseBytes: MAX_RESPONSE_BYTES,
            },
          ),
      );
      statusCode = response.statusCode;
      if (statusCode < 200 || statusCode >= 300) {
        error = `HTTP ${statusCode}${response.body ? `: ${response.body.slice(0, 200)}` : ''}`;
      }
    } catch (caught) {
      error = caught instanceof OutboundRequestError ? caught.message : 'request failed';
    }
    const attempt: DeliveryAttempt = {
      attempt: delivery.attempts.length + 1,
      at: sentAt.toISOString(),
      statusCode,
      error,
      latencyMs: Math.round(performance.now() - started),
    };
    if (error === null) {
      await this.deliveries.recordAttempt(delivery.id, attempt, 'succeeded');
      await this.endpoints.recordSuccess(endpoint.id);
      return;
    }
    const last = context.attempt >= context.maxAttempts;
    await this.deliveries.recordAttempt(delivery.id, attempt, last ? 'failed' : 'pending');
    if (await this.recordFailure(endpoint.id)) {
      this.logger.warn(
        { event: 'webhook.endpoint-disabled', endpointId: endpoint.id },
        'Webhook endpoint disabled after a run of failures',
      );
    }
    throw new Error(`Webhook delivery ${delivery.id} failed: ${error}`);
  }

  /** Counts the failure; the attempt that disables the endpoint also records that, in the same transaction. */
  private recordFailure(endpointId: string): Promise<boolean> {
    const limit = this.config.webhooks.maxConsecutiveFailures;
    return this.transactions.run(async (tx) => {
      const disabled = await this.endpoints.recordFailure(endpointId, limit, tx);
      if (disabled) {
        await this.audit.record(
          {
            action: 'webhook.disabled',
            actorId: null,
            target: webhookTarget(endpointId),
            changes: {
              enabled: { from: true, to: false },
              disabledReason: { to: `${limit} failed attempts in a row` },
            },
          },
          tx,
        );
      }
      return disabled;
    });
  }
}
