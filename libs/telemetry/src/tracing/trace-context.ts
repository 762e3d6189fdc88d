import {
  type Attributes,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';

/** Without a started SDK every call here is a no-op on OpenTelemetry's API, costing a few nanoseconds. */
export const tracer = (): Tracer => trace.getTracer('groundwork');

/** For log lines: the ids of the span active now, if any (snake_case, as log pipelines expect). */
export function activeTraceIds(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (span === undefined) {
    return {};
  }
  const { traceId, spanId, traceFlags } = span.spanContext();
  // A context with no SDK, or an unsampled one, still carries ids; only sampled ones lead to a trace.
  return traceFlags & 1 ? { trace_id: traceId, span_id: spanId } : {};
}

export function recordFailure(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** Runs `work` in a span of its own (a child of the active one), ending it when the work settles. */
export function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes },
  work: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes },
    (span) =>
      work().then(
        (result) => {
          span.end();
          return result;
        },
        (error: unknown) => {
          recordFailure(span, error);
          span.end();
          throw error;
        },
      ),
  );
}

/**
 * The seam for work that leaves the request (jobs, webhooks): `traceCarrier()` when enqueuing
 * (stored with the job, or sent as `traceparent` headers), `withTraceCarrier()` when running it.
 */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

export function withTraceCarrier<T>(carrier: Record<string, string>, work: () => T): T {
  return context.with(propagation.extract(context.active(), carrier), work);
}
