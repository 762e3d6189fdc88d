import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Transaction } from '@groundwork/database';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

export type NewWebhookEndpoint = Pick<WebhookEndpointEntity, 'url' | 'description' | 'eventTypes' | 'secret'>;
export type WebhookEndpointPatch = Partial<
  Pick<WebhookEndpointEntity, 'url' | 'description' | 'eventTypes' | 'enabled'>
>;

/** Every query on webhook endpoints. */
@Injectable()
export class WebhookEndpointsRepository {
  constructor(@InjectRepository(WebhookEndpointEntity) private readonly endpoints: Repository<WebhookEndpointEntity>) {}

  private repo(tx?: Transaction): Repository<WebhookEndpointEntity> {
    return tx ? tx.getRepository(WebhookEndpointEntity) : this.endpoints;
  }

  create(endpoint: NewWebhookEndpoint, tx?: Transaction): Promise<WebhookEndpointEntity> {
    const repo = this.repo(tx);
    return repo.save(repo.create({ ...endpoint, enabled: true, consecutiveFailures: 0 }));
  }

  get(id: string, tx?: Transaction): Promise<WebhookEndpointEntity | null> {
    return this.repo(tx).findOneBy({ id });
  }

  list(page: number, limit: number): Promise<[WebhookEndpointEntity[], number]> {
    return this.endpoints.findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /** Enabled endpoints subscribed to an event type. */
  subscribedTo(eventType: string, tx: Transaction): Promise<WebhookEndpointEntity[]> {
    return this.repo(tx)
      .createQueryBuilder('endpoint')
      .where('endpoint.enabled AND :eventType = ANY(endpoint.event_types)', { eventType })
      .getMany();
  }

  async update(id: string, patch: WebhookEndpointPatch, tx?: Transaction): Promise<void> {
    // Re-enabling starts the failure count afresh.
    const reset = patch.enabled === true ? { consecutiveFailures: 0, disabledReason: null } : {};
    await this.repo(tx).update({ id }, { ...patch, ...reset });
  }

  async delete(id: string, tx?: Transaction): Promise<boolean> {
    return ((await this.repo(tx).delete({ id })).affected ?? 0) > 0;
  }

  async recordSuccess(id: string): Promise<void> {
    await this.endpoints.update({ id }, { consecutiveFailures: 0 });
  }

  /** Counts a failed attempt in one statement; disables the endpoint when the run reaches `limit`. Returns whether it did. */
  async recordFailure(id: string, limit: number, tx?: Transaction): Promise<boolean> {
    const rows = await this.repo(tx).query<[{ enabled: boolean; consecutive_failures: number }[], number]>(
      `UPDATE "webhook_endpoints"
          SET "consecutive_failures" = "consecutive_failures" + 1,
              "enabled" = CASE WHEN "consecutive_failures" + 1 >= $2::int THEN false ELSE "enabled" END,
              "disabled_reason" = CASE WHEN "consecutive_failures" + 1 >= $2::int AND "enabled"
                                       THEN $3::varchar ELSE "disabled_reason" END
        WHERE "id" = $1
        RETURNING "enabled", "consecutive_failures"`,
      [id, limit, `${limit} failed attempts in a row`],
    );
    const row = rows[0][0];
    return row !== undefined && !row.enabled && row.consecutive_failures === limit;
  }
}
