import {
  type Attributes,
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
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
    (span) => endWhenSettled(span, work()),
  );
}

/** Ends the span when the work settles, marking it failed if the work rejects. */
function endWhenSettled<T>(span: Span, work: Promise<T>): Promise<T> {
  return work.then(
    (result) => {
      span.end();
      return result;
    },
    (error: unknown) => {
      recordFailure(span, error);
      span.end();
      throw error;
    },
  );
}

/**
 * The seam for work that leaves the request (jobs, webhooks): `traceCarrier()` when enqueuing
 * (stored with the job, or sent as `traceparent` headers), `inConsumerSpan()` when running it.
 */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/**
 * Runs work taken off a queue in a CONSUMER span of its own, a child of the context `carrier`
 * brought (the enqueuing request's span) and linked to it, as the messaging conventions have it:
 * the link survives a backend that splits long traces, and a carrier-less run (a schedule) is a
 * root. `work` settles the span's outcome itself (a job reports failure by its result, not a throw).
 */
export function inConsumerSpan<T>(
  name: string,
  carrier: Record<string, string>,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, carrier);
  const enqueued = trace.getSpanContext(parent);
  const links = enqueued && isSpanContextValid(enqueued) ? [{ context: enqueued }] : [];
  return tracer().startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes, links }, parent, (span) =>
    endWhenSettled(span, work(span)),
  );
}
