import { Injectable } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisConnection } from '@groundwork/redis';
import { ProblemException } from '@groundwork/http';
import { ShutdownState } from './shutdown-state.js';
import type { ReadinessDto } from './health.dto.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly shutdown: ShutdownState,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisConnection,
  ) {}

  /** Checks every dependency in parallel; a 503 names each one that failed. */
  async readiness(): Promise<ReadinessDto> {
    if (this.shutdown.isShuttingDown) {
      throw new ProblemException(503, 'Not ready: shutting down');
    }
    const checks: [string, () => Promise<unknown>][] = [
      [
        'database',
        async () => {
          const result = await this.database.pingCheck('database').withTimeout(1_000);
          if (result.database.status !== 'up') {
            throw new Error(String(result.database.message ?? 'down'));
          }
        },
      ],
    ];
    if (this.redis.client) {
      checks.push(['redis', () => this.redis.ping()]);
    }
    const results = await Promise.allSettled(checks.map(([, check]) => check()));
    const failures = checks.flatMap(([name], index) => {
      const result = results[index];
      return result?.status === 'rejected'
        ? [`${name} (${result.reason instanceof Error ? result.reason.message : 'unreachable'})`]
        : [];
    });
    if (failures.length > 0) {
      throw new ProblemException(503, `Not ready: ${failures.join(', ')}`);
    }
    return { status: 'ok', checks: Object.fromEntries(checks.map(([name]) => [name, 'up' as const])) };
  }
}
