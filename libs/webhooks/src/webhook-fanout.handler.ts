import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@groundwork/database';
import { DomainEventJob, type DomainEventPayload, type JobHandler, JobHandlerFor, JobQueue } from '@groundwork/jobs';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { type WebhookEnvelope, WebhookDeliveryJob } from './webhook.jobs.js';

/**
 * Turns a domain event from the outbox into one delivery per subscribed endpoint, each with its
 * own job, in one transaction. Idempotent: a delivery is unique per (endpoint, event), so a
 * repeated run creates and queues nothing new.
 */
@Injectable()
@JobHandlerFor(DomainEventJob)
export class WebhookFanout implements JobHandler<DomainEventPayload> {
  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: JobQueue,
    private readonly transactions: TransactionRunner,
  ) {}

  async handle(event: DomainEventPayload): Promise<void> {
    const envelope: WebhookEnvelope = { type: event.type, timestamp: event.occurredAt, data: event.data };
    const body = JSON.stringify(envelope);
    await this.transactions.run(async (tx) => {
      for (const endpoint of await this.endpoints.subscribedTo(event.type, tx)) {
        const deliveryId = await this.deliveries.createOnce(
          { endpointId: endpoint.id, eventId: event.id, eventType: event.type, body },
          tx,
        );
        if (deliveryId !== null) {
          await this.jobs.enqueue(WebhookDeliveryJob, { deliveryId }, { tx });
        }
      }
    });
  }
}
