import { Injectable, Logger } from '@nestjs/common';
import { IsISO8601, IsOptional } from 'class-validator';
import { defineJob, JobHandlerFor, type JobHandler } from '@groundwork/jobs';
import { IdempotencyRepository } from './idempotency.repository.js';

export class PruneIdempotencyKeysPayload {
  /** Prune as of this instant instead of when the job runs (operators catching up, tests). */
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export const PruneIdempotencyKeysJob = defineJob({
  name: 'idempotency.prune',
  payload: PruneIdempotencyKeysPayload,
  retryLimit: 2,
  retryDelaySeconds: 60,
  backoff: true,
  timeoutSeconds: 300,
});

/**
 * Deletes expired keys on a schedule (PRUNE_SCHEDULE, hourly), once per occurrence across every
 * process that runs jobs (never the CLI). Idempotent: a repeated run finds nothing left to delete.
 */
@Injectable()
@JobHandlerFor(PruneIdempotencyKeysJob, { schedule: { cron: (config) => config.jobs.pruneSchedule, payload: {} } })
export class IdempotencyPruner implements JobHandler<PruneIdempotencyKeysPayload> {
  private readonly logger = new Logger('Idempotency');

  constructor(private readonly keys: IdempotencyRepository) {}

  async handle(payload: PruneIdempotencyKeysPayload): Promise<void> {
    await this.prune(payload.asOf === undefined ? new Date() : new Date(payload.asOf));
  }

  async prune(now = new Date()): Promise<number> {
    const deleted = await this.keys.deleteExpired(now);
    if (deleted > 0) {
      this.logger.log({ event: 'idempotency.pruned', deleted }, 'Pruned expired idempotency keys');
    }
    return deleted;
  }
}
