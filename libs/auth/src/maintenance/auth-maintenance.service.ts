import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { OneTimeTokensRepository } from '../one-time-tokens/one-time-tokens.repository.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';

const DAY_MS = 86_400_000;
/** Ended sessions stay listed for a while (who signed in from where), then go. */
export const ENDED_SESSION_RETENTION_MS = 30 * DAY_MS;
export const SPENT_TOKEN_RETENTION_MS = DAY_MS;
export const PRUNE_INTERVAL_MS = 60 * 60_000;

/**
 * Keeps the auth tables from growing without bound: ended sessions (with their refresh tokens)
 * and spent one-time tokens are deleted hourly. Every instance may run it; the deletes are idempotent.
 */
@Injectable()
export class AuthMaintenance implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuthMaintenance');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly oneTimeTokens: OneTimeTokensRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.prune(new Date()).catch((error: unknown) => {
        this.logger.warn(`Pruning failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }, PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
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
