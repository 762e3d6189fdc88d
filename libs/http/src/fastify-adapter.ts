import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { AppConfig } from '@groundwork/config';
import { requestIdFor } from './security/request-id.js';

/** Fastify with the body limit, proxy trust and request ids decided by config. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    requestIdHeader: false,
    genReqId: requestIdFor,
    // The health lib's drain hooks answer requests that arrive while closing, in problem+json.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Long path parameters reach the route's own validation (a 400 in the one error format)
    // instead of Fastify's bare 414; the request line itself is bounded by Node's header limit.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 16_384 },
  });
}
