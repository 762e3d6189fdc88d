import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsISO8601, IsObject, IsUUID, Matches } from 'class-validator';
import type { Transaction } from '@groundwork/database';
import { defineJob } from './job-definition.js';
import { JobQueue } from './job-queue.js';

/** A fact a module announces (user.created, ...): the integrations (webhooks) take it from here. */
export class DomainEventPayload {
  /** Unique per event; integrations use it to deliver each event once. */
  @IsUUID()
  id!: string;

  /** `<aggregate>.<what-happened>`, lower case. */
  @Matches(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/)
  type!: string;

  @IsISO8601({ strict: true })
  occurredAt!: string;

  @IsObject()
  data!: Record<string, unknown>;
}

/** The outbox's job: one per event, handled by whichever lib dispatches events (webhooks). */
export const DomainEventJob = defineJob({
  name: 'events.dispatch',
  payload: DomainEventPayload,
  retryLimit: 10,
  retryDelaySeconds: 5,
  backoff: true,
  retryDelayMaxSeconds: 600,
  timeoutSeconds: 60,
});

/**
 * The transactional outbox for domain events: publish inside the transaction that makes the change,
 * and the event exists if and only if the change committed.
 */
@Injectable()
export class EventOutbox {
  constructor(private readonly jobs: JobQueue) {}

  async publish(type: string, data: Record<string, unknown>, tx?: Transaction): Promise<void> {
    await this.jobs.enqueue(
      DomainEventJob,
      { id: randomUUID(), type, occurredAt: new Date().toISOString(), data },
      { tx },
    );
  }
}
