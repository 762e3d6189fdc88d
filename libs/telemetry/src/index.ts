export * from './metrics/metric-definition.js';
export { Metrics } from './metrics/metrics.service.js';
export { PLATFORM_METRICS, METRICS_PREFIX } from './metrics/platform-metrics.js';
export { METRICS_PATH } from './metrics/metrics-endpoint.js';
export { UNMATCHED_ROUTE } from './metrics/http-metrics.js';
export { TelemetryModule, MetricsCollection } from './telemetry.module.js';
export { configureTelemetry, nestInstrumentation } from './configure-telemetry.js';
export { startTracing, tracingConfigured, tracingStarted, type Tracing } from './tracing/start-tracing.js';
export { activeTraceIds, inSpan, traceCarrier, withTraceCarrier } from './tracing/trace-context.js';
