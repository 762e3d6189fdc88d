import { Injectable, Logger } from '@nestjs/common';
import { JobHandlerFor, type JobHandler } from '@groundwork/jobs';
import { OneTimeTokensRepository } from '../one-time-tokens/one-time-tokens.repository.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { PruneAuthTablesJob, type PruneAuthTablesPayload } from './prune-auth-tables.job.js';

const DAY_MS = 86_400_000;
/** Ended sessions stay listed for a while (who signed in from where), then go. */
export const ENDED_SESSION_RETENTION_MS = 30 * DAY_MS;
export const SPENT_TOKEN_RETENTION_MS = DAY_MS;

/**
 * Keeps the auth tables from growing without bound: ended sessions (with their refresh tokens)
 * and spent one-time tokens are deleted on a schedule (PRUNE_SCHEDULE, hourly), once per
 * occurrence across every process. Idempotent: a repeated run finds nothing left to delete.
 */
@Injectable()
@JobHandlerFor(PruneAuthTablesJob, { schedule: { cron: (config) => config.jobs.pruneSchedule, payload: {} } })
export class AuthMaintenance implements JobHandler<PruneAuthTablesPayload> {
  private readonly logger = new Logger('AuthMaintenance');

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly oneTimeTokens: OneTimeTokensRepository,
  ) {}

  async handle(payload: PruneAuthTablesPayload): Promise<void> {
    await this.prune(payload.asOf === undefined ? new Date() : new Date(payload.asOf));
  }

  async prune(now: Date): Promise<{ sessions: number; oneTimeTokens: number }> {
    const sessions = await this.sessions.deleteEndedBefore(new Date(now.getTime() - ENDED_SESSION_RETENTION_MS));
    const oneTimeTokens = await this.oneTimeTokens.deleteSpentBefore(
      new Date(now.getTime() - SPENT_TOKEN_RETENTION_MS),
    );
    if (sessions + oneTimeTokens > 0) {
      this.logger.log({ event: 'auth.pruned', sessions, oneTimeTokens }, 'Pruned ended sessions and spent tokens');
    }
    return { sessions, oneTimeTokens };
  }
}
