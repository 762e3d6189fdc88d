import { DURATION_BUCKETS, defineGauge, defineHistogram } from './metric-definition.js';

/** What the platform itself measures; feature libs declare their own beside their code. */
export const PLATFORM_METRICS = {
  httpDuration: defineHistogram({
    name: 'groundwork_http_server_request_duration_seconds',
    help: 'Time from request received to response sent, by method, route template and status class',
    labelNames: ['method', 'route', 'status_class'],
    buckets: DURATION_BUCKETS,
  }),
  httpActive: defineGauge({
    name: 'groundwork_http_server_active_requests',
    help: 'Requests received and not yet answered',
  }),
  dbQueryDuration: defineHistogram({
    name: 'groundwork_db_query_duration_seconds',
    help: 'Database query time as seen by the app (pool wait excluded), by outcome',
    labelNames: ['outcome'],
    labelValues: { outcome: ['ok', 'error'] },
    buckets: DURATION_BUCKETS,
  }),
  dbPoolTotal: defineGauge({
    name: 'groundwork_db_pool_connections',
    help: 'Connections open in the pool (idle and in use)',
  }),
  dbPoolIdle: defineGauge({ name: 'groundwork_db_pool_idle_connections', help: 'Open connections not in use' }),
  dbPoolWaiting: defineGauge({
    name: 'groundwork_db_pool_waiting_clients',
    help: 'Queries waiting for a connection because all are in use',
  }),
  dbPoolMax: defineGauge({ name: 'groundwork_db_pool_max_connections', help: 'Pool size (DATABASE_POOL_SIZE)' }),
  eventLoopUtilization: defineGauge({
    name: 'groundwork_nodejs_eventloop_utilization_ratio',
    help: 'Share of time the event loop was busy since the previous scrape (0 to 1)',
  }),
} as const;

/** Runtime metrics from prom-client (heap, RSS, GC, event-loop delay, handles) share the prefix. */
export const METRICS_PREFIX = 'groundwork_';
