import { AsyncLocalStorage } from 'node:async_hooks';
import { activeTraceIds } from '@groundwork/telemetry';

/**
 * The id of the request being served, for every log line written while serving it. One
 * AsyncLocalStorage run per request is far cheaper than a child logger per request.
 */
export const requestContext = new AsyncLocalStorage<string>();

/** pino mixin: adds the current request id and trace ids (when a span is active), if any, to a log line. */
export function logContextMixin(): { requestId?: string; trace_id?: string; span_id?: string } {
  const requestId = requestContext.getStore();
  const traceIds = activeTraceIds();
  return requestId === undefined ? traceIds : { requestId, ...traceIds };
}
