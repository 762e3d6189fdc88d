import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { InjectConfig, type AppConfig } from '@groundwork/config';
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
import { WebhookDeliveryJob } from './webhook.jobs.js';

/** Admins' view of webhooks: endpoints, their delivery log, manual redelivery. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: JobQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** The secret is generated here and returned this once. */
  async create(dto: WebhookEndpointCreateDto): Promise<WebhookEndpointCreatedResponseDto> {
    this.assertDeliverable(dto.url);
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const endpoint = await this.endpoints.create({
      url: dto.url,
      description: dto.description ?? '',
      eventTypes: dto.eventTypes,
      secret,
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

  async update(id: string, dto: WebhookEndpointUpdateDto): Promise<WebhookEndpointResponseDto> {
    await this.getOrNotFound(id);
    if (dto.url !== undefined) {
      this.assertDeliverable(dto.url);
    }
    await this.endpoints.update(id, {
      url: dto.url,
      eventTypes: dto.eventTypes,
      description: dto.description,
      enabled: dto.enabled,
    });
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.endpoints.delete(id))) {
      throw notFound();
    }
  }

  async listDeliveries(id: string, query: PageQueryDto): Promise<Page<WebhookDeliveryResponseDto>> {
    await this.getOrNotFound(id);
    const [items, total] = await this.deliveries.listForEndpoint(id, query.page, query.limit);
    return toPage(items.map(mapWebhookDelivery), total, query);
  }

  /** Sends a delivery again (whatever its status) with the same webhook-id; 202 once queued. */
  async redeliver(endpointId: string, deliveryId: string): Promise<void> {
    const endpoint = await this.getOrNotFound(endpointId);
    const delivery = await this.deliveries.get(deliveryId);
    if (delivery?.endpointId !== endpointId) {
      throw new ProblemException(404, 'No delivery with this id for this endpoint');
    }
    if (!endpoint.enabled) {
      throw new ProblemException(409, 'The endpoint is disabled: enable it first');
    }
    await this.deliveries.setStatus(deliveryId, 'pending');
    await this.jobs.enqueue(WebhookDeliveryJob, { deliveryId });
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

  private async getOrNotFound(id: string) {
    const endpoint = await this.endpoints.get(id);
    if (!endpoint) {
      throw notFound();
    }
    return endpoint;
  }
}

const notFound = (): ProblemException => new ProblemException(404, 'No webhook endpoint with this id');
