import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Transaction } from '@groundwork/database';
import { type DeliveryAttempt, type DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity.js';

export type NewWebhookDelivery = Pick<WebhookDeliveryEntity, 'endpointId' | 'eventId' | 'eventType' | 'body'>;

/** Every query on the delivery log. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
  ) {}

  /** Creates the delivery unless this endpoint already has one for the event (a repeated fan-out). */
  async createOnce(delivery: NewWebhookDelivery, tx: Transaction): Promise<string | null> {
    const result = await tx
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...delivery, status: 'pending', attempts: [] })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (result.raw as { id: string }[])[0];
    return row?.id ?? null;
  }

  get(id: string): Promise<WebhookDeliveryEntity | null> {
    return this.deliveries.findOneBy({ id });
  }

  listForEndpoint(endpointId: string, page: number, limit: number): Promise<[WebhookDeliveryEntity[], number]> {
    return this.deliveries.findAndCount({
      where: { endpointId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /** Appends an attempt and sets the status, in one statement (jsonb append). */
  async recordAttempt(id: string, attempt: DeliveryAttempt, status: DeliveryStatus): Promise<void> {
    await this.deliveries.query(
      `UPDATE "webhook_deliveries"
          SET "attempts" = "attempts" || $2::jsonb,
              "status" = $3::varchar,
              "delivered_at" = CASE WHEN $3::varchar = 'succeeded' THEN now() ELSE "delivered_at" END
        WHERE "id" = $1`,
      [id, JSON.stringify([attempt]), status],
    );
  }

  async setStatus(id: string, status: DeliveryStatus, tx?: Transaction): Promise<void> {
    await (tx ? tx.getRepository(WebhookDeliveryEntity) : this.deliveries).update({ id }, { status });
  }
}
