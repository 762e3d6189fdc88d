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
    if (this.shutdown.isShuttingDown) throw new ProblemException(503, 'Not ready: shutting down');
    const checks: Record<string, () => Promise<unknown>> = {
      database: async () => {
        const result = await this.database.pingCheck('database').withTimeout(1_000);
        if (result.database.status !== 'up') throw new Error(String(result.database.message ?? 'down'));
      },
    };
    if (this.redis.client) checks.redis = () => this.redis.ping();
    const names = Object.keys(checks);
    const results = await Promise.allSettled(names.map((name) => checks[name]!()));
    const failed = names.filter((_, index) => results[index]!.status === 'rejected');
    if (failed.length > 0) {
      const reasons = failed.map((name) => {
        const result = results[names.indexOf(name)] as PromiseRejectedResult;
        return `${name} (${result.reason instanceof Error ? result.reason.message : 'unreachable'})`;
      });
      throw new ProblemException(503, `Not ready: ${reasons.join(', ')}`);
    }
    return {
      status: 'ok',
      checks: Object.fromEntries(names.map((name) => [name, 'up' as const])),
    };
  }
}
