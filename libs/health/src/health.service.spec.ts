import { jest } from '@jest/globals';
import type { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { RedisConnection } from '@groundwork/redis';
import { ProblemException } from '@groundwork/http';
import { HealthService } from './health.service.js';
import { ShutdownState } from './shutdown-state.js';

describe(HealthService.name, () => {
  it('names the failing check only, never the driver message or an address', async () => {
    const pingCheck = jest.fn(() => ({
      withTimeout: () => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432 (user "app")')),
    }));
    const service = new HealthService(
      new ShutdownState(),
      { pingCheck } as unknown as TypeOrmHealthIndicator,
      { client: undefined } as unknown as RedisConnection,
    );
    const error = await service.readiness().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).getStatus()).toBe(503);
    expect((error as ProblemException).message).toBe('Not ready: database');
  });
});
