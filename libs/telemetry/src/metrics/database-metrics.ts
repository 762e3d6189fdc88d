import { performance } from 'node:perf_hooks';
import type { AfterQueryEvent, BeforeQueryEvent, DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { Metrics } from './metrics.service.js';
import { PLATFORM_METRICS } from './platform-metrics.js';

/** The pg pool behind TypeORM's PostgreSQL driver, as far as the gauges need it. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

function poolOf(dataSource: DataSource): PoolCounts | undefined {
  return (dataSource.driver as unknown as { master?: PoolCounts }).master;
}

/**
 * Pool gauges read at scrape time, and query durations from TypeORM's query events. TypeORM's own
 * execution time has millisecond resolution, so the subscriber times queries itself; a connection
 * runs its queries in order, so a queue per query runner pairs each start with its end.
 */
export function collectDatabaseMetrics(metrics: Metrics, dataSource: DataSource): void {
  const pool = (read: (pool: PoolCounts) => number | undefined) =>
    function collect(this: { set(value: number): void }) {
      const current = poolOf(dataSource);
      if (current) {
        this.set(read(current) ?? 0);
      }
    };
  metrics.gauge(
    PLATFORM_METRICS.dbPoolTotal,
    pool((p) => p.totalCount),
  );
  metrics.gauge(
    PLATFORM_METRICS.dbPoolIdle,
    pool((p) => p.idleCount),
  );
  metrics.gauge(
    PLATFORM_METRICS.dbPoolWaiting,
    pool((p) => p.waitingCount),
  );
  metrics.gauge(
    PLATFORM_METRICS.dbPoolMax,
    pool((p) => p.options?.max),
  );

  const duration = metrics.histogram(PLATFORM_METRICS.dbQueryDuration);
  const started = new WeakMap<QueryRunner, number[]>();
  const subscriber: EntitySubscriberInterface = {
    beforeQuery(event: BeforeQueryEvent) {
      const queue = started.get(event.queryRunner);
      if (queue) {
        queue.push(performance.now());
      } else {
        started.set(event.queryRunner, [performance.now()]);
      }
    },
    afterQuery(event: AfterQueryEvent) {
      const start = started.get(event.queryRunner)?.shift();
      if (start !== undefined) {
        duration.observe({ outcome: event.success ? 'ok' : 'error' }, (performance.now() - start) / 1_000);
      }
    },
  };
  dataSource.subscribers.push(subscriber);
}
