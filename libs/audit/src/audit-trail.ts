import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Transaction } from '@groundwork/database';
import { requestContext } from '@groundwork/http';
import { type AuditChange, AuditEventEntity } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  /** A user id, or null for an operator command. */
  actorId: string | null;
  target: { type: string; id: string };
  changes: Record<string, AuditChange>;
}

/**
 * The durable audit trail: each entry is a row written in the caller's transaction (a change and
 * its record commit or roll back together), and a log line once it has committed. The request id
 * comes from the request being served.
 */
@Injectable()
export class AuditTrail {
  private readonly logger = new Logger('Audit');

  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async record(entry: AuditEntry, tx: Transaction): Promise<void> {
    const requestId = requestContext.getStore() ?? null;
    const repo = tx.getRepository(AuditEventEntity);
    await repo.save(
      repo.create({
        action: entry.action,
        actorId: entry.actorId,
        targetType: entry.target.type,
        targetId: entry.target.id,
        changes: entry.changes,
        requestId,
      }),
    );
    this.logger.log({
      audit: true,
      event: entry.action,
      actorId: entry.actorId,
      targetId: entry.target.id,
      changes: Object.keys(entry.changes),
    });
  }

  /** The newest entries about one record, newest first. */
  listFor(target: { type: string; id: string }, limit: number): Promise<AuditEventEntity[]> {
    return this.events.find({
      where: { targetType: target.type, targetId: target.id },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }
}

/** The fields whose value differs between `before` and `after` (only keys present in `after`). */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, AuditChange> {
  const changes: Record<string, AuditChange> = {};
  for (const [field, to] of Object.entries(after)) {
    if (to !== undefined && before[field] !== to) {
      changes[field] = { from: before[field], to };
    }
  }
  return changes;
}
