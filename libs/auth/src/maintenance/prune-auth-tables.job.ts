import { IsISO8601, IsOptional } from 'class-validator';
import { defineJob } from '@groundwork/jobs';

export class PruneAuthTablesPayload {
  /** Prune as of this instant instead of when the job runs (operators catching up, tests). */
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

/** Deletes long-ended sessions and spent one-time tokens; scheduled by PRUNE_SCHEDULE (hourly). */
export const PruneAuthTablesJob = defineJob({
  name: 'auth.prune',
  payload: PruneAuthTablesPayload,
  retryLimit: 2,
  retryDelaySeconds: 60,
  backoff: true,
  timeoutSeconds: 300,
});
