import { Injectable, Logger } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisConnection } from '@groundwork/redis';
import { ProblemException } from '@groundwork/http';
import { ShutdownState } from './shutdown-state.js';
import type { ReadinessDto } from './health.dto.js';

const reasonOf = (result: PromiseSettledResult<unknown>): string =>
  result.status === 'rejected' && result.reason instanceof Error ? result.reason.message : 'unreachable';

@Injectable()
export class HealthService {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly shutdown: ShutdownState,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisConnection,
  ) {}

  /**
   * The database is required: without it the instance answers 503, so readiness fails. Redis only
   * shares state between instances, which fall back without it; and since every instance shares the
   * same Redis, failing readiness would take the whole fleet out of the load balancer at once. So a
   * Redis outage reports "degraded" with 200.
   */
  async readiness(): Promise<ReadinessDto> {
    if (this.shutdown.isShuttingDown) {
      throw new ProblemException(503, 'Not ready: shutting down');
    }
    const [database, redis] = await Promise.allSettled([
      this.database
        .pingCheck('database')
        .withTimeout(1_000)
        .then((result) => {
          if (result.database.status !== 'up') {
            throw new Error(String(result.database.message ?? 'down'));
          }
        }),
      this.redis.client ? this.redis.ping() : Promise.resolve(),
    ]);
    if (database.status === 'rejected') {
      // Anyone may ask: the body names the check, the log keeps the driver's words (addresses included).
      this.logger.warn(`Readiness: database check failed: ${reasonOf(database)}`);
      throw new ProblemException(503, 'Not ready: database');
    }
    if (!this.redis.client) {
      return { status: 'ok', checks: { database: 'up' } };
    }
    return redis.status === 'fulfilled'
      ? { status: 'ok', checks: { database: 'up', redis: 'up' } }
      : { status: 'degraded', checks: { database: 'up', redis: 'down' } };
  }
}
