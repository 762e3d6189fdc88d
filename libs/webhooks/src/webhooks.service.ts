import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Principal } from '@groundwork/access';
import { AuditTrail, diff } from '@groundwork/audit';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { type Transaction, TransactionRunner } from '@groundwork/database';
import { type Page, type PageQueryDto, ProblemException, toPage, ValidationProblemException } from '@groundwork/http';
import { JobQueue } from '@groundwork/jobs';
import { isNonPublicAddress } from './outbound-address.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import {
  mapWebhookDelivery,
  mapWebhookEndpoint,
  type WebhookDeliveryResponseDto,
  type WebhookEndpointCreateDto,
  type WebhookEndpointCreatedResponseDto,
  type WebhookEndpointResponseDto,
  type WebhookEndpointUpdateDto,
} from './webhook.dto.js';
import { webhookTarget } from './webhook-events.js';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { WebhookDeliveryJob } from './webhook.jobs.js';

/**
 * Admins' view of webhooks: endpoints, their delivery log, manual redelivery. Each change is written
 * to the audit trail in its own transaction (never the secret): where deliveries go is as sensitive
 * as who is an admin.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: JobQueue,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** The secret is generated here and returned this once. */
  async create(dto: WebhookEndpointCreateDto, by: Principal): Promise<WebhookEndpointCreatedResponseDto> {
    this.assertDeliverable(dto.url);
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const endpoint = await this.transactions.run(async (tx) => {
      const created = await this.endpoints.create(
        { url: dto.url, description: dto.description ?? '', eventTypes: dto.eventTypes, secret },
        tx,
      );
      const changes = diff({}, auditedFields(created));
      await this.audit.record(
        { action: 'webhook.created', actorId: by.userId, target: webhookTarget(created.id), changes },
        tx,
      );
      return created;
    });
    return Object.assign(mapWebhookEndpoint(endpoint), { secret });
  }

  async list(query: PageQueryDto): Promise<Page<WebhookEndpointResponseDto>> {
    const [items, total] = await this.endpoints.list(query.page, query.limit);
    return toPage(items.map(mapWebhookEndpoint), total, query);
  }

  async get(id: string): Promise<WebhookEndpointResponseDto> {
    return mapWebhookEndpoint(await this.getOrNotFound(id));
  }

  async update(id: string, dto: WebhookEndpointUpdateDto, by: Principal): Promise<WebhookEndpointResponseDto> {
    await this.transactions.run(async (tx) => {
      const before = await this.getOrNotFound(id, tx);
      if (dto.url !== undefined) {
        this.assertDeliverable(dto.url);
      }
      const patch = { url: dto.url, eventTypes: dto.eventTypes, description: dto.description, enabled: dto.enabled };
      await this.endpoints.update(id, patch, tx);
      const changes = diff(auditedFields(before), auditedFields(patch));
      if (Object.keys(changes).length > 0) {
        await this.audit.record(
          { action: 'webhook.updated', actorId: by.userId, target: webhookTarget(id), changes },
          tx,
        );
      }
    });
    return this.get(id);
  }

  async delete(id: string, by: Principal): Promise<void> {
    await this.transactions.run(async (tx) => {
      const endpoint = await this.getOrNotFound(id, tx);
      await this.endpoints.delete(id, tx);
      const changes = diff(auditedFields(endpoint), { url: null });
      await this.audit.record(
        { action: 'webhook.deleted', actorId: by.userId, target: webhookTarget(id), changes },
        tx,
      );
    });
  }

  async listDeliveries(id: string, query: PageQueryDto): Promise<Page<WebhookDeliveryResponseDto>> {
    await this.getOrNotFound(id);
    const [items, total] = await this.deliveries.listForEndpoint(id, query.page, query.limit);
    return toPage(items.map(mapWebhookDelivery), total, query);
  }

  /** Sends a delivery again (whatever its status) with the same webhook-id; 202 once queued. */
  async redeliver(endpointId: string, deliveryId: string, by: Principal): Promise<void> {
    const endpoint = await this.getOrNotFound(endpointId);
    const delivery = await this.deliveries.get(deliveryId);
    if (delivery?.endpointId !== endpointId) {
      throw new ProblemException(404, 'No delivery with this id for this endpoint');
    }
    if (!endpoint.enabled) {
      throw new ProblemException(409, 'The endpoint is disabled: enable it first');
    }
    // One transaction: a delivery marked pending always has its job, and the record says who asked.
    await this.transactions.run(async (tx) => {
      await this.deliveries.setStatus(deliveryId, 'pending', tx);
      await this.jobs.enqueue(WebhookDeliveryJob, { deliveryId }, { tx });
      await this.audit.record(
        {
          action: 'webhook.redelivered',
          actorId: by.userId,
          target: webhookTarget(endpointId),
          changes: { delivery: { to: deliveryId }, status: { from: delivery.status, to: 'pending' } },
        },
        tx,
      );
    });
  }

  /** An address literal can be refused at once; names are checked when each request resolves them. */
  private assertDeliverable(url: string): void {
    const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
    const literal = isIP(host) !== 0 || host === 'localhost';
    if (!this.config.webhooks.allowPrivate && literal && (host === 'localhost' || isNonPublicAddress(host))) {
      throw new ValidationProblemException([
        { field: 'url', message: 'url must not point to a private, loopback or link-local address' },
      ]);
    }
  }

  private async getOrNotFound(id: string, tx?: Transaction) {
    const endpoint = await this.endpoints.get(id, tx);
    if (!endpoint) {
      throw notFound();
    }
    return endpoint;
  }
}

const notFound = (): ProblemException => new ProblemException(404, 'No webhook endpoint with this id');

/** The fields an endpoint's audit entries compare (event types as one sorted list, never the secret). */
function auditedFields(
  endpoint: Partial<Pick<WebhookEndpointEntity, 'url' | 'eventTypes' | 'description' | 'enabled'>>,
) {
  return {
    url: endpoint.url,
    eventTypes: endpoint.eventTypes && [...endpoint.eventTypes].sort().join(','),
    description: endpoint.description,
    enabled: endpoint.enabled,
  };
}
