import { register as registerImportHooks } from 'import-in-the-middle/register-hooks.mjs';

type Env = Record<string, string | undefined>;

let started = false;

/** Traces are exported only when an OTLP endpoint is configured (and the SDK is not disabled). */
export function tracingConfigured(env: Env = process.env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return endpoint !== undefined && endpoint.trim() !== '' && env.OTEL_SDK_DISABLED?.trim().toLowerCase() !== 'true';
}

/** Whether startTracing() started the SDK in this process (the Nest-level spans follow it). */
export function tracingStarted(): boolean {
  return started;
}

export interface Tracing {
  /** Flushes spans still buffered; call before the process exits. */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry before the app's modules load, so pg, ioredis, http and undici are patched
 * as they are imported (the ESM loader hook covers `import`, require-in-the-middle `require`).
 * Every standard OTEL_* variable applies (exporter protocol, headers, sampler, batch sizes); only
 * traces are set up here: metrics come from /metrics, logs from stdout.
 */
export async function startTracing(env: Env = process.env): Promise<Tracing | undefined> {
  if (!tracingConfigured(env)) {
    return undefined;
  }
  // In-thread ESM hooks, limited to the packages our ESM code imports directly (pg and http arrive
  // through require(), which require-in-the-middle covers).
  registerImportHooks({ include: ['ioredis'] });
  const [
    { startNodeSdk },
    { HttpInstrumentation },
    { UndiciInstrumentation },
    { PgInstrumentation },
    { IORedisInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-undici'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-ioredis'),
  ]);
  const named = env.OTEL_SERVICE_NAME !== undefined || (env.OTEL_RESOURCE_ATTRIBUTES ?? '').includes('service.name=');
  const sdk = startNodeSdk({
    resourceAttributes: named ? {} : { 'service.name': 'groundwork' },
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // Scrapes and probes arrive every few seconds from every scraper and kubelet: not traced.
        ignoreIncomingRequestHook: (request) => /^\/(metrics|health\/)/.test(request.url ?? ''),
      }),
      new UndiciInstrumentation(),
      // Statements are recorded with placeholders, never their parameters; pool checkouts are not spans.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false, ignoreConnectSpans: true }),
      // Keys and values may be session ids: only the command name is recorded.
      new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    ],
  });
  started = true;
  return sdk;
}
