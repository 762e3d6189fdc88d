import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { collectDefaultMetrics } from 'prom-client';
import type { Metrics } from './metrics.service.js';
import { METRICS_PREFIX, PLATFORM_METRICS } from './platform-metrics.js';

/**
 * prom-client's process and Node.js metrics (RSS, heap and its spaces, GC by kind, event-loop delay
 * percentiles, handles), plus event-loop utilisation, which it lacks: measured between scrapes.
 */
export function collectRuntimeMetrics(metrics: Metrics): void {
  collectDefaultMetrics({ register: metrics.registry, prefix: METRICS_PREFIX });
  let since: EventLoopUtilization = performance.eventLoopUtilization();
  metrics.gauge(PLATFORM_METRICS.eventLoopUtilization, function collect() {
    const now = performance.eventLoopUtilization();
    this.set(performance.eventLoopUtilization(now, since).utilization);
    since = now;
  });
}
