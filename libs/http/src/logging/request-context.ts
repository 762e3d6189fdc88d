import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the request being served, for every log line written while serving it. One
 * AsyncLocalStorage run per request is far cheaper than a child logger per request.
 */
export const requestContext = new AsyncLocalStorage<string>();

/** pino mixin: adds the current request id, if any, to a log line. */
export function requestIdMixin(): { requestId?: string } {
  const requestId = requestContext.getStore();
  return requestId === undefined ? {} : { requestId };
}
